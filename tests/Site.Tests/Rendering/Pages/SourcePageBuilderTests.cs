using Site.Engine.Rendering.Pages;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Pages;

public sealed class SourcePageBuilderTests
{
    [Fact]
    public void Shows_each_fact_person_work_and_credit_it_backs_under_the_anchor_citations_link_to()
    {
        var context = TestGraph.Pages();

        var view = new SourcePageBuilder(context).Build(context.Graph.Sources["one"]);

        Assert.Equal(["fact-met"], view.Facts.Select(f => f.Anchor));
        Assert.Equal(["person-ann", "person-bob", "work-the-film", "credit-the-film-ann-acted", "credit-the-film-bob-acted"], view.Listings.Select(l => l.Anchor));
        Assert.Equal(["Ann: Bob's wife", "Bob: Ann's husband", "The Film: film, 1987", "Ann acted in The Film", "Bob acted in The Film"], view.Listings.Select(l => l.Supports));
        Assert.Equal(["quote-happy"], view.Quotes.Select(q => q.Anchor));
        Assert.Equal([context.Navigation.Home, context.Navigation.Sources], view.Meta.Breadcrumbs);
    }

    [Fact]
    public async Task A_source_with_its_original_address_links_to_it_and_gives_it_as_the_articles_url()
    {
        // Given a source with its address, and one without
        using var site = TestSite.Create()
            .With("seeds/two.txt", "A second article.\n")
            .With("input/sources.yaml", """
                - id: one
                  seed: one.txt
                  date: 2020-05-01
                  url: https://news.example.com/2020/05/the-couple
                  summary: The only article.
                - id: two
                  seed: two.txt
                  summary: Another article.
                """);

        // When the site is built
        var result = await site.BuildAsync();

        // Then the first page links to the original, whose address its JSON-LD gives; the second has no such link
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(result.Formatter.Format)));
        var page = site.Page("sources/one/index.html");
        var link = Assert.Single(page.QuerySelectorAll("a"), a => a.TextContent == "Read the original");
        Assert.Equal("https://news.example.com/2020/05/the-couple", link.GetAttribute("href"));
        var article = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => System.Text.Json.JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.GetProperty("@type").GetString() == "NewsArticle");
        Assert.Equal("https://news.example.com/2020/05/the-couple", article.GetProperty("url").GetString());
        Assert.DoesNotContain(site.Page("sources/two/index.html").QuerySelectorAll("a"), a => a.TextContent == "Read the original");
    }

    [Fact]
    public void Two_credits_of_one_person_in_one_role_share_one_entry_with_the_passages_of_both()
    {
        // Given Ann credited twice as acting in the film, each credit with its own passage
        var context = TestGraph.Pages(site => site.With("input/works.yaml", """
            - id: the-film
              title: The Film
              kind: film
              summary: Where they met.
              citations: [{ source: one, quote: They married in 1988. }]
              credits:
                - { person: ann, role: acted, as: One, citations: [{ source: one, quote: met on a film set }] }
                - { person: ann, role: acted, as: Two, citations: [{ source: one, quote: They married in 1988. }] }
            """));

        // When the source's page is built
        var view = new SourcePageBuilder(context).Build(context.Graph.Sources["one"]);

        // Then one entry holds both passages
        var credit = Assert.Single(view.Listings, l => l.Anchor == "credit-the-film-ann-acted");
        Assert.Equal(["met on a film set", "They married in 1988."], credit.Quotes);
    }
}
