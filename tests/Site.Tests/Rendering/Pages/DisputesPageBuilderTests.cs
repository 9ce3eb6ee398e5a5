using Site.Engine.Rendering.Pages;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Pages;

public sealed class DisputesPageBuilderTests
{
    [Fact]
    public void Shows_each_side_of_a_disputed_claim_with_the_words_its_facts_cite()
    {
        // Given two facts that answer one question differently
        var context = TestGraph.Pages(site => Disputed(site, "1988"));

        // When the disputes page is built
        var dispute = Assert.Single(new DisputesPageBuilder(context).Build().Disputes);

        // Then the claim has both sides, each quoting its passage with a link to it on the source's page
        Assert.Equal(("claim-year-met", "When did they meet?"), (dispute.Anchor, dispute.Question));
        Assert.Equal(["1987", "1988"], dispute.Sides.Select(s => s.Value));
        Assert.Equal(
            [("The couple met on a film set in 1987.", "/sources/one/#fact-met-1987"), ("They married in 1988.", "/sources/one/#fact-met-1988")],
            dispute.Sides.Select(s => (Assert.Single(Assert.Single(s.Quotations).Quotes), s.Quotations[0].Href)));
    }

    [Fact]
    public void A_claim_every_fact_answers_alike_is_not_disputed()
    {
        var context = TestGraph.Pages(site => Disputed(site, "1987"));

        Assert.Empty(new DisputesPageBuilder(context).Build().Disputes);
    }

    [Fact]
    public async Task The_page_lists_its_questions_at_the_top_to_jump_to()
    {
        using var site = Disputed(TestSite.Create(), "1988");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(result.Formatter.Format)));
        var page = site.Page("disputes/index.html");
        var link = Assert.Single(page.QuerySelectorAll("nav.jump a"));
        Assert.Equal(("When did they meet?", "#claim-year-met"), (link.TextContent, link.GetAttribute("href")));
        Assert.Equal("When did they meet?", page.GetElementById("claim-year-met")!.QuerySelector("h2")!.TextContent);
        Assert.True(page.QuerySelector("nav.jump")!.CompareDocumentPosition(page.GetElementById("claim-year-met")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    private static TestSite Disputed(TestSite site, string secondAnswer) => site
        .With("input/claims.yaml", "- id: year-met\n  question: When did they meet?\n")
        .With("input/facts/claims.yaml", $$"""
            - id: met-1987
              statement: They met in 1987.
              about: [ann]
              claim: { key: year-met, value: "1987" }
              citations: [{ source: one, quote: The couple met on a film set in 1987. }]
            - id: met-1988
              statement: They met in 1988.
              about: [bob]
              claim: { key: year-met, value: "{{secondAnswer}}" }
              citations: [{ source: one, quote: They married in 1988. }]
            """);
}
