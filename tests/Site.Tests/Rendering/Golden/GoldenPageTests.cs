using AngleSharp;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Golden;

/// <summary>
/// One page of each template of the theme, built from a small site (<c>Golden/site/</c>, laid over the minimal test
/// site) and compared with its golden file under <c>Golden/expected/</c>, both pretty-printed by AngleSharp. On a
/// difference the page is written beside its golden file as <c>.actual.txt</c>. Set <c>SITE_ACCEPT=1</c> to write
/// the pages as the golden files instead, then review them like any other change.
/// </summary>
public sealed class GoldenPageTests(GoldenPageTests.GoldenSite site) : IClassFixture<GoldenPageTests.GoldenSite>
{
    /// <summary>The page each template of <c>theme/Pages/</c> is tested on.</summary>
    private static readonly Dictionary<string, string> PageOfTemplate = new(StringComparer.Ordinal)
    {
        ["HomePage"] = "index.html",
        ["ProsePage"] = "couple/index.html",
        ["TimelinePage"] = "timeline/index.html",
        ["WorkIndexPage"] = "works/index.html",
        ["WorkPage"] = "works/the-film/index.html",
        ["PersonIndexPage"] = "people/index.html",
        ["PersonPage"] = "people/ann/index.html",
        ["SourceIndexPage"] = "sources/index.html",
        ["SourcePage"] = "sources/one/index.html",
        ["QuotesPage"] = "quotes/index.html",
        ["DisputesPage"] = "disputes/index.html",
        ["ConnectionsPage"] = "connections/index.html",
        ["SearchPage"] = "search/index.html",
        ["NotFoundPage"] = "404.html",
    };

    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "Site.Tests", "Rendering", "Golden");

    public static TheoryData<string> Templates() => new(PageOfTemplate.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_page_of_each_template_is_exactly_its_golden_file(string template)
    {
        // Given the page the template rendered
        var page = PageOfTemplate[template];
        var actual = Pretty(File.ReadAllText(Path.Combine(site.Site.Output, page)));
        var expectedPath = Path.Combine(Folder, "expected", page + ".txt");
        var actualPath = Path.ChangeExtension(expectedPath, ".actual.txt");
        if (Environment.GetEnvironmentVariable("SITE_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
        }

        // When it is compared with its golden file
        var same = File.Exists(expectedPath) && File.ReadAllText(expectedPath) == actual;

        // Then they are the same; if not, the page is left beside the golden file to compare
        if (same)
        {
            File.Delete(actualPath);
        }
        else
        {
            File.WriteAllText(actualPath, actual);
        }

        Assert.True(same, $"{page} differs from its golden file; see {actualPath}");
    }

    [Fact]
    public void Every_template_of_the_theme_has_a_golden_page()
    {
        var templates = Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "Pages"), "*.razor").Select(Path.GetFileNameWithoutExtension);

        Assert.Equal(templates.Order(StringComparer.Ordinal), PageOfTemplate.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>The HTML parsed and printed again by AngleSharp, one element a line, indented: what golden files hold.</summary>
    private static string Pretty(string html) =>
        new HtmlParser().ParseDocument(html).ToHtml(new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" }) + "\n";

    /// <summary>The golden site, built once for all the templates' pages.</summary>
    public sealed class GoldenSite : IAsyncLifetime
    {
        /// <summary>The built site.</summary>
        internal TestSite Site { get; } = TestSite.Create();

        /// <inheritdoc/>
        public async Task InitializeAsync()
        {
            var files = Path.Combine(Folder, "site");
            foreach (var file in Directory.EnumerateFiles(files, "*", SearchOption.AllDirectories))
            {
                Site.With(Path.GetRelativePath(files, file), await File.ReadAllTextAsync(file));
            }

            var result = await Site.BuildAsync();
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(result.Formatter.Format)));
        }

        /// <inheritdoc/>
        public Task DisposeAsync()
        {
            Site.Dispose();
            return Task.CompletedTask;
        }
    }
}
