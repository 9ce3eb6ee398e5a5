namespace Site.Engine.Rendering.Views;

/// <summary>What every page has: title, description, addresses, section, breadcrumbs and data for search engines.</summary>
/// <param name="Title">The page's title (its <c>h1</c>).</param>
/// <param name="Description">The meta description, written for this page.</param>
/// <param name="Path">The page's address under the base path.</param>
/// <param name="Section">The section of the navigation the page belongs to, or null.</param>
/// <param name="Breadcrumbs">The trail from home to the parent page; empty on top-level pages.</param>
/// <param name="Canonical">The page's published, absolute address.</param>
/// <param name="OpenGraphType">The Open Graph type: <c>website</c>, <c>article</c>, <c>profile</c> or <c>video.movie</c>.</param>
/// <param name="JsonLd">JSON-LD blocks (schema.org), already serialised.</param>
/// <param name="FeedHref">The address of the Atom feed, for the head's alternate link.</param>
public sealed record PageMeta(
    string Title,
    string Description,
    string Path,
    LinkView? Section,
    IReadOnlyList<LinkView> Breadcrumbs,
    string Canonical,
    string OpenGraphType,
    IReadOnlyList<string> JsonLd,
    string FeedHref)
{
    /// <summary>The image shown where a link to the page is shared, or null when the page has none.</summary>
    public Cards.ShareCard? Card { get; init; }
}
