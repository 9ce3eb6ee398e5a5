using Site.Engine;
using Site.Tests.Support;
using Site.Theme;

namespace Site.Tests.Rendering;

/// <summary>A site built for a sub-path, as GitHub Pages serves project sites, keeps every link inside that path.</summary>
public sealed class BasePathTests : IAsyncLifetime
{
    private const string BasePath = "/bacon-sedgwick/";
    private readonly string _output = Path.Combine(Path.GetTempPath(), "site-base-" + Guid.NewGuid().ToString("N"), "output");
    private BuiltSite _site = default!;

    public async Task InitializeAsync()
    {
        var result = await new BuildPipeline(new ThemeRenderer(RepoPaths.Theme)).RunAsync(new BuildOptions(RepoPaths.Root, _output, BasePath));
        Assert.True(result.Succeeded);
        _site = new BuiltSite(_output, BasePath);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Path.GetDirectoryName(_output)!, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public void Every_internal_link_and_asset_stays_under_the_base_path_and_resolves()
    {
        var problems = new List<string>();
        foreach (var (path, page) in _site.Pages)
        {
            var references = page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")!))
                .Where(href => !href.StartsWith("http", StringComparison.Ordinal) && !href.StartsWith('#'));
            foreach (var href in references)
            {
                if (!href.StartsWith(BasePath, StringComparison.Ordinal))
                {
                    problems.Add($"{path}: {href} escapes the base path");
                }
                else if (_site.Target(path, href) is not { } target || !_site.Files.Contains(target))
                {
                    problems.Add($"{path}: {href} does not resolve");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Markdown_links_written_from_the_site_root_get_the_base_path()
    {
        var home = _site.Pages["index.html"];
        Assert.NotNull(home.QuerySelector($".intro a[href='{BasePath}disputes/']"));
    }

    [Fact]
    public void The_not_found_page_works_at_any_depth_because_every_link_is_absolute()
    {
        var links = _site.Pages["404.html"].QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links.Where(h => !h.StartsWith("http", StringComparison.Ordinal) && !h.StartsWith('#')),
            href => Assert.StartsWith(BasePath, href, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("index.html", "cards/home.png")]
    [InlineData("couple/index.html", "cards/couple.png")]
    [InlineData("works/connescence/index.html", "cards/works/connescence.png")]
    [InlineData("people/kyra-sedgwick/index.html", "cards/people/kyra-sedgwick.png")]
    public void Share_cards_use_the_published_url_of_a_file_the_build_wrote(string page, string card)
    {
        var head = _site.Pages[page].Head!;
        var image = head.QuerySelector("meta[property='og:image']")!.GetAttribute("content");
        Assert.Equal("https://example.github.io/bacon-sedgwick/" + card, image);
        Assert.Equal(image, head.QuerySelector("meta[name='twitter:image']")!.GetAttribute("content"));
        Assert.Contains(card, _site.Files);
    }

    [Fact]
    public void Canonical_addresses_use_the_published_url()
    {
        var canonical = _site.Pages["works/connescence/index.html"].QuerySelector("link[rel=canonical]")!.GetAttribute("href");
        Assert.Equal("https://example.github.io/bacon-sedgwick/works/connescence/", canonical);
    }
}
