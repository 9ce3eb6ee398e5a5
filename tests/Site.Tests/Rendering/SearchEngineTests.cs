using System.Text.Json;
using System.Xml.Linq;
using Site.Tests.Support;

namespace Site.Tests.Rendering;

/// <summary>Sitemap, feed, robots.txt, per-page metadata and JSON-LD, over the real site.</summary>
public sealed class SearchEngineTests(RealSiteFixture fixture) : IClassFixture<RealSiteFixture>
{
    private const string Published = "https://example.github.io/bacon-sedgwick/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_sitemap_lists_exactly_the_generated_pages()
    {
        var listed = XDocument.Load(Path.Combine(Site.Output, "sitemap.xml")).Root!.Elements(Sitemap + "url")
            .Select(u => u.Element(Sitemap + "loc")!.Value).Order(StringComparer.Ordinal).ToList();
        var pages = Site.Pages.Keys.Where(p => p != "404.html")
            .Select(p => Published + (p == "index.html" ? string.Empty : p[..^"index.html".Length]))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(pages, listed);
    }

    [Fact]
    public void The_feed_is_atom_with_ids_titles_dates_and_links_newest_first()
    {
        var feed = XDocument.Load(Path.Combine(Site.Output, "feed.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value));
        Assert.NotNull(feed.Element(Atom + "id"));
        Assert.Equal(Published + "feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        foreach (var entry in entries)
        {
            Assert.StartsWith(Published + "sources/", entry.Element(Atom + "id")!.Value, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")!.Value));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
            Assert.StartsWith(Published, entry.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        }

        var dates = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Equal("2024-02-07T00:00:00Z", feed.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Robots_points_at_the_sitemap_and_pages_skip_jekyll()
    {
        Assert.Contains($"Sitemap: {Published}sitemap.xml", File.ReadAllText(Path.Combine(Site.Output, "robots.txt")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Site.Output, ".nojekyll")));
    }

    [Fact]
    public void Every_page_has_a_canonical_url_its_own_description_and_sharing_tags()
    {
        var descriptions = new Dictionary<string, string>();
        foreach (var (path, page) in Site.Pages)
        {
            var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.StartsWith(Published, canonical, StringComparison.Ordinal);
            Assert.Equal(canonical, page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
            foreach (var tag in new[] { "meta[property='og:title']", "meta[property='og:description']", "meta[property='og:type']", "meta[name='twitter:card']", "meta[name='twitter:title']" })
            {
                Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector(tag)?.GetAttribute("content")), $"{path} lacks {tag}");
            }

            descriptions[path] = page.QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        }

        var repeated = descriptions.GroupBy(d => d.Value).Where(g => g.Count() > 1).Select(g => string.Join(", ", g.Select(d => d.Key))).ToList();
        Assert.Empty(repeated);
    }

    [Theory]
    [InlineData("people/kevin-bacon/index.html", "Person")]
    [InlineData("people/travis-bacon/index.html", "Person")]
    [InlineData("works/connescence/index.html", "Movie")]
    [InlineData("works/lemon-sky/index.html", "Movie")]
    [InlineData("works/the-closer/index.html", "TVSeries")]
    [InlineData("works/the-bacon-brothers/index.html", "MusicGroup")]
    [InlineData("works/footloose/index.html", "CreativeWork")]
    [InlineData("sources/hello-2024/index.html", "NewsArticle")]
    [InlineData("sources/inside-their-marriage/index.html", "NewsArticle")]
    [InlineData("index.html", "WebSite")]
    [InlineData("works/index.html", "CollectionPage")]
    public void Json_ld_parses_with_the_expected_type(string page, string type)
    {
        var blocks = JsonLd(page);
        Assert.Equal(type, blocks[0].GetProperty("@type").GetString());
        Assert.All(blocks, b => Assert.Equal("https://schema.org", b.GetProperty("@context").GetString()));
        var isDetail = page.Count(c => c == '/') == 2;
        Assert.Equal(isDetail, blocks.Any(b => b.GetProperty("@type").GetString() == "BreadcrumbList"));
    }

    [Fact]
    public void Json_ld_gives_spouse_children_cast_and_only_stated_article_metadata()
    {
        var kevin = JsonLd("people/kevin-bacon/index.html")[0];
        Assert.Equal("Kyra Sedgwick", kevin.GetProperty("spouse").GetProperty("name").GetString());
        Assert.Equal(["Travis Bacon", "Sosie Bacon"], kevin.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()));

        var movie = JsonLd("works/connescence/index.html")[0];
        Assert.Contains("Kyra Sedgwick", movie.GetProperty("actor").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal("Michael J. Weithorn", movie.GetProperty("director")[0].GetProperty("name").GetString());
        Assert.False(movie.TryGetProperty("datePublished", out _), "no article gives Connescence a year");

        var undated = JsonLd("sources/connescence-cast-report/index.html")[0];
        Assert.False(undated.TryGetProperty("headline", out _));
        Assert.False(undated.TryGetProperty("datePublished", out _));
        Assert.False(undated.TryGetProperty("publisher", out _));
        var hello = JsonLd("sources/hello-2024/index.html")[0];
        Assert.Equal("HELLO!", hello.GetProperty("publisher").GetProperty("name").GetString());

        var crumbs = JsonLd("works/connescence/index.html")[1].GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(["Home", "Works", "Connescence"], crumbs.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(Published + "works/connescence/", crumbs[2].GetProperty("item").GetString());
    }

    private List<JsonElement> JsonLd(string page) =>
        Site.Pages[page].QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .ToList();
}
