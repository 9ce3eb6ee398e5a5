namespace Site.Engine.Rendering.Views;

/// <summary>The site's sections, each a link: the main navigation, in the order it shows them, and the home page.</summary>
/// <param name="Home">The home page, where every breadcrumb trail starts; not in the navigation.</param>
/// <param name="Couple">The couple's story, or null when the site has no <c>couple.md</c>.</param>
/// <param name="Timeline">The timeline.</param>
/// <param name="Works">The works.</param>
/// <param name="People">The people.</param>
/// <param name="Quotes">The quotes.</param>
/// <param name="Sources">The sources.</param>
/// <param name="Disputes">Where the sources disagree.</param>
/// <param name="Search">The search page.</param>
/// <param name="Pages">Every other prose page, in file order.</param>
public sealed record Navigation(
    LinkView Home,
    LinkView? Couple,
    LinkView Timeline,
    LinkView Works,
    LinkView People,
    LinkView Quotes,
    LinkView Sources,
    LinkView Disputes,
    LinkView Search,
    IReadOnlyList<LinkView> Pages)
{
    /// <summary>The links of the main navigation, in order.</summary>
    public IReadOnlyList<LinkView> Links { get; } =
        [.. Couple is null ? [] : new[] { Couple }, Timeline, Works, People, Quotes, Sources, Disputes, Search, .. Pages];

    /// <summary>The section whose link goes to <paramref name="href"/>, or null.</summary>
    public LinkView? At(string href) => Links.FirstOrDefault(link => link.Href == href);
}
