using Site.Engine.Linking;

namespace Site.Engine.Rendering.Feeds;

/// <summary>The files beside the pages: search index, sitemap, feed, robots.txt and .nojekyll.</summary>
public static class PublishingFiles
{
    /// <summary>Every publishing file for a site with <paramref name="pages"/>.</summary>
    public static IReadOnlyList<RenderedFile> Render(SiteGraph graph, SiteUrls urls, IReadOnlyList<PagePlan> pages, PagePlanner planner) =>
    [
        Search.SearchIndexWriter.Write(planner.SearchGroups(), urls),
        SitemapWriter.Write(pages, urls),
        AtomFeedWriter.Write(graph, urls),
        RenderedFile.FromText("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(urls.Sitemap)}\n"),

        // GitHub Pages runs Jekyll on a site unless told not to; Jekyll would hide files and folders starting with _ or .
        new(".nojekyll", ReadOnlyMemory<byte>.Empty),
    ];
}
