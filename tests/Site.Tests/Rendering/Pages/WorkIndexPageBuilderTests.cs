using Site.Engine.Rendering.Pages;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Pages;

public sealed class WorkIndexPageBuilderTests
{
    [Fact]
    public void Lists_works_by_year_with_undated_works_last_and_counts_those_of_the_couple()
    {
        // Given a film of 1987 with both of the couple, an older play, and a band without a year
        var context = TestGraph.Pages(site => site.With("input/works/more.yaml", """
            - id: zeta
              title: Zeta
              kind: play
              year: 1980
              summary: An early play.
              citations: [{ source: one, quote: They married in 1988. }]
            - id: alpha
              title: Alpha
              kind: band
              summary: A band.
              citations: [{ source: one, quote: They married in 1988. }]
            """));

        // When the works index is built
        var view = new WorkIndexPageBuilder(context).Build();

        // Then the rows run by year, with their kinds as people read them
        Assert.Equal([("Zeta", "1980", "Play"), ("The Film", "1987", "Film"), ("Alpha", null, "Band")], view.Rows.Select(r => (r.Link.Text, r.YearText, r.Kind)));
        Assert.Equal([false, true, false], view.Rows.Select(r => r.IsTogether));
        Assert.Contains("3 works, 1 with both Ann and Bob.", view.Meta.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_work_is_also_a_card_with_its_year_kind_credits_and_a_badge_when_both_were_in_it()
    {
        using var site = TestSite.Create();

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(result.Formatter.Format)));
        var card = Assert.Single(site.Page("works/index.html").QuerySelectorAll(".works-cards .card"));
        Assert.Equal("The Film", card.QuerySelector("h3 a")!.TextContent);
        Assert.StartsWith("Film · 1987", card.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Both of them", card.QuerySelector(".meta .badge")!.TextContent);
        Assert.Equal(["Ann (acted)", "Bob (acted)"], card.QuerySelectorAll(".card-credits li").Select(li => li.TextContent));
    }
}
