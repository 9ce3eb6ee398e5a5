using System.Xml.Linq;

namespace Site.Engine.Rendering.Feeds;

/// <summary>Writes <c>sitemap.xml</c>: every page's published address, and nothing else.</summary>
internal static class SitemapWriter
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The sitemap of <paramref name="pages"/>, leaving out the not-found page.</summary>
    public static RenderedFile Write(IReadOnlyList<PagePlan> pages, SiteUrls urls)
    {
        var root = new XElement(Ns + "urlset",
            pages.Where(p => p.Path != urls.NotFound)
                .Select(p => new XElement(Ns + "url", new XElement(Ns + "loc", urls.Absolute(p.Path)))));
        return RenderedFile.FromText("sitemap.xml", Xml.Document(root));
    }
}
