using Site.Tests.Support;

namespace Site.Tests.Rendering;

/// <summary>Each citation is a button that opens a note, in place, with the quoted words, the article's name and a link to the passage.</summary>
public sealed class CitationTests
{
    [Fact]
    public async Task A_citation_opens_a_note_with_the_quoted_words_the_article_and_a_link_to_the_passage()
    {
        using var site = TestSite.Create();

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(result.Formatter.Format)));
        var page = site.Page("people/ann/index.html");
        var button = page.QuerySelector("#fact-met .cite button")!;
        Assert.Equal(("1", "Source 1"), (button.TextContent, button.GetAttribute("aria-label")));
        var note = page.GetElementById(button.GetAttribute("popovertarget")!)!;
        Assert.True(note.HasAttribute("popover"));
        Assert.Equal("The couple met on a film set in 1987.", Assert.Single(note.QuerySelectorAll("q")).TextContent);
        var link = Assert.Single(note.QuerySelectorAll("a"));
        Assert.Equal(("Untitled article, 1 May 2020", "/sources/one/#fact-met"), (link.TextContent, link.GetAttribute("href")));
    }

    [Fact]
    public async Task A_fact_shown_twice_on_a_page_has_its_quoted_words_written_once()
    {
        // Given a home page whose introduction cites the fact that its milestones also list
        using var site = TestSite.Create().With("input/pages/home.md", """
            ---
            title: Ann & Bob
            description: A small site about Ann and Bob.
            ---
            Ann and Bob met on a film set [@met].
            """);

        var result = await site.BuildAsync();

        // Then both of the fact's citations open the one note that holds its words
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(result.Formatter.Format)));
        var page = site.Page("index.html");
        var targets = page.QuerySelectorAll(".intro .cite button, #milestones ~ .facts .cite button").Select(b => b.GetAttribute("popovertarget")).ToList();
        Assert.Equal(2, targets.Count);
        Assert.Single(targets.Distinct());
        Assert.Single(page.QuerySelectorAll("[popover] q"), q => q.TextContent == "The couple met on a film set in 1987.");
    }

    [Fact]
    public async Task A_passage_cited_twice_on_a_page_has_its_words_written_once()
    {
        // Given a second fact about Ann that cites the same passage as her relation
        using var site = TestSite.Create().With("input/facts/more.yaml", """
            - id: wed
              statement: They are married.
              about: [ann]
              citations: [{ source: one, quote: They married in 1988. }]
            """);

        var result = await site.BuildAsync();

        // Then both citations open the one note that holds those words, which links to the passage on the source's page
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(result.Formatter.Format)));
        var page = site.Page("people/ann/index.html");
        var targets = page.QuerySelectorAll(".lede .cite button, #fact-wed .cite button").Select(b => b.GetAttribute("popovertarget")).ToList();
        Assert.Equal(2, targets.Count);
        var note = page.GetElementById(Assert.Single(targets.Distinct())!)!;
        Assert.Equal("They married in 1988.", Assert.Single(note.QuerySelectorAll("q")).TextContent);
        Assert.Equal("/sources/one/#person-ann", note.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_note_of_a_quotation_names_the_article_without_repeating_the_words_beside_it()
    {
        using var site = TestSite.Create();

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(result.Formatter.Format)));
        var page = site.Page("quotes/index.html");
        var note = page.GetElementById(page.QuerySelector("#quote-happy .cite button")!.GetAttribute("popovertarget")!)!;
        Assert.Empty(note.QuerySelectorAll("q"));
        Assert.Equal("/sources/one/#quote-happy", Assert.Single(note.QuerySelectorAll("a")).GetAttribute("href"));
    }
}
