using Site.Engine.Linking;
using Site.Engine.Model;
using Site.Engine.Rendering.Cards;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering;

/// <summary>Builds what the layout shows around every page: the site's name, its sections and the footer's note.</summary>
internal static class ChromeBuilder
{
    /// <summary>The chrome of the site of <paramref name="graph"/>, with addresses from <paramref name="urls"/>.</summary>
    public static SiteChrome Build(SiteGraph graph, SiteUrls urls)
    {
        var pages = graph.Content.Pages;
        var navigation = new Navigation(
            new LinkView("Home", urls.Home),
            pages.Any(p => p.Slug == Page.CoupleSlug) ? new LinkView("The couple", urls.Couple) : null,
            new LinkView("Timeline", urls.Timeline),
            new LinkView("Works", urls.Works),
            new LinkView("People", urls.People),
            new LinkView("Quotes", urls.Quotes),
            new LinkView("Sources", urls.Sources),
            new LinkView("Disputed", urls.Disputes),
            new LinkView("Search", urls.Search),
            [.. pages.Where(p => !p.IsHome && p.Slug != Page.CoupleSlug).Select(p => new LinkView(p.Title, urls.Page(p.Slug)))]);
        return new SiteChrome(
            graph.Settings.Title,
            ViewParts.Listed(graph.Couple.Select(p => p.Name)),
            graph.Settings.Language,
            urls.Stylesheet,
            navigation,
            $"Every fact on this site cites a verbatim quote from one of {graph.Content.Sources.Count} source articles, checked when the site is built.",
            urls.Href(SiteIcon.SvgPath),
            urls.Href(SiteIcon.IcoPath));
    }
}
