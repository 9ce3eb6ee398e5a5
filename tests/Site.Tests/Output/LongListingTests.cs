using System.Globalization;
using System.Text;
using Site.Engine;
using Site.Engine.Rendering;
using Site.Engine.Rendering.Cards;
using Site.Tests.Support;
using Site.Theme;

namespace Site.Tests.Output;

/// <summary>
/// A long listing (the search page lists everything for readers without JavaScript) is rendered a part at a time and
/// handed to the check and the write stage as pieces of its page, never as one string; the page is still whole.
/// </summary>
public sealed class LongListingTests
{
    private const int Facts = 300;

    [Fact]
    public async Task The_search_page_of_a_site_with_hundreds_of_facts_comes_in_pieces_and_lists_every_fact_once()
    {
        // Given a site with hundreds of facts, more than one part of a listing
        using var site = TestSite.Create();
        var facts = new StringBuilder();
        for (var i = 0; i < Facts; i++)
        {
            facts.Append(CultureInfo.InvariantCulture, $"""
                - id: fact-{i:D3}
                  statement: Ann did thing number {i}.
                  about: [ann]
                  citations: [{"{"} source: one, quote: They married in 1988. {"}"}]

                """);
        }

        site.With("input/facts/many.yaml", facts.ToString());

        // When it is built, keeping the pieces the theme hands on for the search page
        var pieces = new List<string>();
        var result = await new BuildPipeline(new Recording(new ThemeRenderer(RepoPaths.Theme), "search/index.html", pieces))
            .RunAsync(new BuildOptions(site.Root, null, null, false));

        // Then the page came in several pieces, which together are exactly the file written
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => result.Formatter.Format(d))));
        Assert.True(pieces.Count > 3, $"the search page came in {pieces.Count} pieces");
        Assert.Equal(string.Concat(pieces), File.ReadAllText(Path.Combine(site.Output, "search/index.html")));

        // And it lists every fact once, with its count
        var page = site.Page("search/index.html");
        var listed = page.QuerySelectorAll("#all-facts + ul > li > a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Facts + 1, listed.Count);
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.All(Enumerable.Range(0, Facts), i => Assert.Contains($"/people/ann/#fact-fact-{i:D3}", listed));
        Assert.Equal((Facts + 1).ToString(CultureInfo.InvariantCulture), page.QuerySelector("#all-facts .count")?.TextContent);
    }

    /// <summary>The real theme, recording the pieces of one page as they are handed on.</summary>
    private sealed class Recording(ISiteRenderer theme, string outputPath, List<string> pieces) : ISiteRenderer
    {
        public Task RenderAsync(IReadOnlyList<PagePlan> pages, Action<RenderedPage> rendered) =>
            theme.RenderAsync(pages, page =>
            {
                if (page.OutputPath == outputPath)
                {
                    pieces.AddRange(page.Html);
                }

                rendered(page);
            });

        public IReadOnlyList<RenderedFile> Assets() => theme.Assets();

        public ReadOnlyMemory<byte> CardFont() => theme.CardFont();

        public string CardSvg(CardView card) => theme.CardSvg(card);
    }
}
