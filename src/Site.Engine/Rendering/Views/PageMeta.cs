namespace Site.Engine.Rendering.Views;

/// <summary>What every page has: title, description, address, section and breadcrumbs.</summary>
/// <param name="Title">The page's title (its <c>h1</c>).</param>
/// <param name="Description">The meta description.</param>
/// <param name="Path">The page's address under the base path.</param>
/// <param name="Section">The navigation section the page belongs to, or null.</param>
/// <param name="Breadcrumbs">The trail from home to the parent page; empty on top-level pages.</param>
public sealed record PageMeta(string Title, string Description, string Path, string? Section, IReadOnlyList<LinkView> Breadcrumbs);
