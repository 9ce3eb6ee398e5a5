using Site.Engine.Linking;
using Site.Engine.Rendering.Search;

namespace Site.Engine.Rendering.Feeds;

/// <summary>The files beside the pages: search index, sitemap, feed, robots.txt and .nojekyll.</summary>
internal static class PublishingFiles
{
    /// <summary>Every publishing file for a site with <paramref name="pages"/>, where <paramref name="search"/> finds things.</summary>
    public static IReadOnlyList<RenderedFile> Render(SiteGraph graph, SiteUrls urls, IReadOnlyList<PagePlan> pages, SearchCatalog search) =>
    [
        SearchIndexWriter.Write(search.Groups, urls),
        SitemapWriter.Write(pages, urls),
        AtomFeedWriter.Write(graph, urls),
        RenderedFile.FromText("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(urls.Sitemap)}\n"),

        // GitHub Pages runs Jekyll on a site unless told not to; Jekyll would hide files and folders starting with _ or .
        new(".nojekyll", ReadOnlyMemory<byte>.Empty),
    ];
}
