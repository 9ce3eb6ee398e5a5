using Site.Engine.Diagnostics;
using Site.Engine.Linking;
using Site.Engine.Loading;
using Site.Engine.Rendering;
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

    /// <summary>Reads and links the site's content; fails the test on any error in it.</summary>
    public static SiteGraph Link(TestSite site)
    {
        var diagnostics = new DiagnosticBag();
        var graph = Linker.Link(ContentReader.Read(new SourceFiles(site.Root), diagnostics), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted().Select(d => $"{d.Span}: {d.Message}")));
        return graph!;
    }

    /// <summary>What the page builders of the site share, with its pages under <paramref name="basePath"/>.</summary>
    public static PageContext Pages(TestSite site, string basePath = "/") => new(Link(site), new SiteUrls(basePath, PublishedUrl));
}
