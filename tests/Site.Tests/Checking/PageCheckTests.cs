using Site.Engine;
using Site.Engine.Rendering;
using Site.Engine.Rendering.Cards;
using Site.Tests.Support;
using Site.Theme;

namespace Site.Tests.Checking;

/// <summary>
/// The check stage reads every page the theme renders and stops the build on HTML a browser would read differently
/// from what the template meant. These tests break one page of the real theme's output on purpose.
/// </summary>
public sealed class PageCheckTests
{
    private const string Page = "works/the-film/index.html";

    [Theory]
    [InlineData("</main>", "</div></main>", "SG0304", "the end tag </div> does not match: <main>")]
    [InlineData("</main>", "<section></main>", "SG0304", "the end tag </main> does not match: <section>")]
    [InlineData("</main>", "<p>Intro<div>block</div></p></main>", "SG0304", "<div> cannot be inside <p>")]
    [InlineData("</main>", "<a href=\"/\">outer <a href=\"/\">inner</a></a></main>", "SG0304", "<a> cannot be inside another <a>")]
    [InlineData("</main>", "<span id=\"main\">again</span></main>", "SG0303", "the element id 'main' is used twice")]
    [InlineData("</main>", "<p class=\"a\" class=\"b\">twice</p></main>", "SG0304", "the page's HTML is malformed")]
    [InlineData("</main>", "<a href=\"/nowhere/\">gone</a></main>", "SG0301", "broken link to '/nowhere/'")]
    [InlineData("</main>", "<a href=\"/works/#nothing\">gone</a></main>", "SG0302", "link to missing anchor '/works/#nothing'")]
    [InlineData("</main>", "<a href=\"#nothing\">gone</a></main>", "SG0302", "link to missing anchor '#nothing'")]
    [InlineData("</main>", "<a href=\"../../nowhere/\">gone</a></main>", "SG0301", "broken link to '../../nowhere/'")]
    [InlineData("</main>", "<img src=\"/photos/missing.png\" alt=\"\"></main>", "SG0301", "broken link to '/photos/missing.png'")]
    public async Task A_page_with_malformed_html_fails_the_build_at_its_line_and_leaves_output_untouched(
        string find, string replace, string code, string message)
    {
        // Given a site built once
        using var site = TestSite.Create();
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = Snapshot.Of(site.Output);

        // When the theme renders one page with a mistake
        var result = await BuildWith(site, html => html.Replace(find, replace, StringComparison.Ordinal));

        // Then the build fails with the code, pointing into that page, and writes nothing
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.StartsWith($"output/{Page}:", error.Span.ToString(), StringComparison.Ordinal);
        Assert.True(error.Span.Line > 1);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot.Of(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public async Task A_page_larger_than_a_megabyte_is_read_as_closely_as_any_other()
    {
        // Given a page of more than a million characters, which the scanner reads from a different kind of source
        using var site = TestSite.Create();
        var filler = "<p>" + string.Join(" ", Enumerable.Repeat("Lorem ipsum dolor sit amet.", 40_000)) + "</p>";

        // When it ends with a broken link and an element id used twice
        var result = await BuildWith(site, html => html.Replace("</main>", filler + "<a href=\"/nowhere/\">gone</a><span id=\"main\">again</span></main>", StringComparison.Ordinal));

        // Then both are reported, in that page
        Assert.True(filler.Length > 1024 * 1024);
        var errors = result.Diagnostics.Where(d => d.IsError).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        Assert.Equal(["SG0301", "SG0303"], errors.Select(e => e.Code));
        Assert.All(errors, e => Assert.StartsWith($"output/{Page}:", e.Span.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_first_build_whose_check_fails_creates_no_output_folder_and_leaves_nothing_staged()
    {
        // Given a site never built, whose pages are staged as they are rendered and checked
        using var site = TestSite.Create();

        // When one page fails the check
        var result = await BuildWith(site, html => html.Replace("</main>", "<a href=\"/nowhere/\">gone</a></main>", StringComparison.Ordinal));

        // Then nothing of what was staged is left behind, and there is still no output folder
        Assert.Equal("SG0301", Assert.Single(result.Diagnostics, d => d.IsError).Code);
        Assert.False(Directory.Exists(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public async Task An_element_left_open_is_reported_where_it_starts()
    {
        using var site = TestSite.Create();

        var result = await BuildWith(site, html => html.Replace("</main>", "<ul><li>one</li></main>", StringComparison.Ordinal)
            .Replace("</body>", "</ul></body>", StringComparison.Ordinal));

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("SG0304", e.Code));
        Assert.Contains(errors, e => e.Message.Contains("the end tag </main> does not match: <ul>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Markup_like_text_inside_scripts_styles_and_titles_is_not_read_as_tags()
    {
        // Given a page whose JSON-LD, inline style and title contain what would be tags anywhere else
        using var site = TestSite.Create();

        var result = await BuildWith(site, html => html
            .Replace("</head>", "<style>p::before { content: \"<div>\"; }</style><script type=\"application/ld+json\">{\"a\": \"<p><div id=main>\"}</script></head>", StringComparison.Ordinal)
            .Replace("<title>", "<title>&lt;b&gt; <i> ", StringComparison.Ordinal));

        // Then the page passes the check
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => result.Formatter.Format(d))));
    }

    private static Task<BuildResult> BuildWith(TestSite site, Func<string, string> change) =>
        new BuildPipeline(new OnePageChanged(new ThemeRenderer(RepoPaths.Theme), Page, change))
            .RunAsync(new BuildOptions(site.Root, null, null, false));

    /// <summary>The real theme, except that one page's HTML is changed after rendering.</summary>
    private sealed class OnePageChanged(ISiteRenderer theme, string outputPath, Func<string, string> change) : ISiteRenderer
    {
        public async Task RenderAsync(IReadOnlyList<PagePlan> pages, Action<RenderedPage> rendered)
        {
            var found = false;
            await theme.RenderAsync(pages, page =>
            {
                found |= page.OutputPath == outputPath;
                rendered(page.OutputPath == outputPath ? page with { Html = [change(string.Concat(page.Html))] } : page);
            });
            Assert.True(found, $"the test site has no page {outputPath}");
        }

        public IReadOnlyList<RenderedFile> Assets() => theme.Assets();

        public ReadOnlyMemory<byte> CardFont() => theme.CardFont();

        public string CardSvg(CardView card) => theme.CardSvg(card);
    }
}
