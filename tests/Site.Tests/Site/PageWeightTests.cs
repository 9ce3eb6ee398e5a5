using System.IO.Compression;
using Site.Tests.Support;

namespace Site.Tests.Site;

/// <summary>
/// Pages stay small: a typical page with its stylesheet and script is under 30 KB, a work page with its citations'
/// notes comes in the first 14 KB the network sends (compressed, as GitHub Pages serves it), and no page loads
/// anything from elsewhere.
/// </summary>
public sealed class PageWeightTests(RealSiteFixture fixture) : IClassFixture<RealSiteFixture>
{
    private const int Budget = 30 * 1024;
    private const int FirstRoundTrip = 14 * 1024;

    [Fact]
    public void A_typical_page_with_its_css_and_script_is_under_30_kb()
    {
        var weights = fixture.Site.Pages.Keys.Select(Weight).Order().ToList();
        var median = weights[weights.Count / 2];

        Assert.True(median < Budget, $"the median page weighs {median} bytes with its assets");
        var connescence = CompressedWeight("works/connescence/index.html");
        Assert.True(connescence < FirstRoundTrip, $"Connescence's page weighs {connescence} bytes compressed with its assets");
        Assert.True(Size("assets/search.js") < 8 * 1024, "the search script should stay small");
    }

    [Fact]
    public void No_page_requests_anything_from_another_site()
    {
        foreach (var (path, page) in fixture.Site.Pages)
        {
            var external = page.QuerySelectorAll("link[rel=stylesheet], script[src], img[src], link[rel=preload], link[rel=icon]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
                .Where(u => u!.StartsWith("http", StringComparison.Ordinal) || u.StartsWith("//", StringComparison.Ordinal));
            Assert.True(!external.Any(), $"{path} loads {string.Join(", ", external)}");
            var policy = page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
            Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.Empty(page.QuerySelectorAll("[style], [onclick], [onload]"));
        }
    }

    /// <summary>A page's bytes plus the stylesheet and scripts it loads.</summary>
    private long Weight(string path) => WithAssets(path).Sum(Size);

    /// <summary>The same files' bytes as gzip sends them.</summary>
    private long CompressedWeight(string path) => WithAssets(path).Sum(Compressed);

    private IEnumerable<string> WithAssets(string path)
    {
        var page = fixture.Site.Pages[path];
        var assets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!));
        return [path, .. assets.Select(a => fixture.Site.Target(path, a)!)];
    }

    private long Size(string outputPath) => new FileInfo(Path.Combine(fixture.Site.Output, outputPath)).Length;

    private long Compressed(string outputPath)
    {
        using var sent = new MemoryStream();
        using (var gzip = new GZipStream(sent, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(Path.Combine(fixture.Site.Output, outputPath)));
        }

        return sent.Length;
    }
}
