using Site.Engine.Diagnostics;
using Site.Engine.Linking;
using Site.Engine.Loading;
using Site.Engine.Rendering;
using Site.Engine.Rendering.Cards;
using Site.Engine.Rendering.Pages;

namespace Site.Tests.Support;

/// <summary>
/// The content of a <see cref="TestSite"/>, read and linked as a build does but never rendered: the small content
/// model that the link stage, or one page builder, is tested on.
/// </summary>
internal static class TestGraph
{
    /// <summary>The address the test sites are published at.</summary>
    public const string PublishedUrl = "https://example.org/";

    /// <summary>
    /// Reads and links the content of the minimal test site, changed by <paramref name="change"/>; fails the test on
    /// any error in it. The site's folder is gone once the content is read.
    /// </summary>
    public static SiteGraph Link(Func<TestSite, TestSite>? change = null)
    {
        using var site = (change ?? (s => s))(TestSite.Create());
        var diagnostics = new DiagnosticBag();
        var graph = Linker.Link(ContentReader.Read(new SourceFiles(site.Root), diagnostics), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted().Select(d => $"{d.Span}: {d.Message}")));
        return graph!;
    }

    /// <summary>What the page builders share, for the minimal test site changed by <paramref name="change"/>, with its pages under <paramref name="basePath"/>.</summary>
    public static PageContext Pages(Func<TestSite, TestSite>? change = null, string basePath = "/")
    {
        var (graph, urls) = (Link(change), new SiteUrls(basePath, PublishedUrl));
        return new(graph, urls, new ShareCards(graph, urls));
    }
}
