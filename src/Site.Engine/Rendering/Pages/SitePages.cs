using Site.Engine.Linking;
using Site.Engine.Rendering.Cards;
using Site.Engine.Rendering.Search;

namespace Site.Engine.Rendering.Pages;

/// <summary>
/// Every kind of page the site has, in the order their pages are rendered and listed in the sitemap: the sections
/// first, then the pages of each record. A new kind of page is a builder added here and a component in the theme.
/// </summary>
internal sealed class SitePages
{
    private readonly IReadOnlyList<IPageBuilder> _builders;

    /// <summary>Creates the builders for the pages of <paramref name="graph"/> at <paramref name="urls"/>.</summary>
    public SitePages(SiteGraph graph, SiteUrls urls)
    {
        Cards = new ShareCards(graph, urls);
        var context = new PageContext(graph, urls, Cards);
        Search = new SearchCatalog(graph, urls, context.Parts);
        _builders =
        [
            new HomePageBuilder(context),
            new TimelinePageBuilder(context),
            new WorkIndexPageBuilder(context),
            new PersonIndexPageBuilder(context),
            new SourceIndexPageBuilder(context),
            new QuotesPageBuilder(context),
            new DisputesPageBuilder(context),
            new ConnectionsPageBuilder(context),
            new SearchPageBuilder(context, Search),
            new NotFoundPageBuilder(context),
            new ProsePageBuilder(context),
            new WorkPageBuilder(context),
            new PersonPageBuilder(context),
            new SourcePageBuilder(context),
        ];
    }

    /// <summary>The share cards of the pages, and the site's icon.</summary>
    public ShareCards Cards { get; }

    /// <summary>Everything a visitor can search for, for the search page and the search index.</summary>
    public SearchCatalog Search { get; }

    /// <summary>Every page of the site, in a fixed order.</summary>
    public IReadOnlyList<PagePlan> Plan() => [.. _builders.SelectMany(b => b.Plan())];
}
