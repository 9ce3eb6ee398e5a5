using Site.Engine.Rendering.Pages;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Pages;

public sealed class TimelinePageBuilderTests
{
    [Fact]
    public void Groups_dated_facts_by_year_oldest_first_and_counts_the_undated()
    {
        // Given a fact of 1987, one of 1988 and one without a date
        var context = TestGraph.Pages(site => site.With("input/facts/more.yaml", """
            - id: married
              statement: They married.
              about: [ann, bob]
              date: 1988
              citations: [{ source: one, quote: They married in 1988. }]
            - id: happy-fact
              statement: They are happy.
              about: [ann]
              citations: [{ source: one, quote: We are very happy }]
            """));

        // When the timeline is built
        var view = new TimelinePageBuilder(context).Build();

        // Then it has a year for each dated fact, and counts the other
        Assert.Equal([(1987, "fact-met"), (1988, "fact-married")], view.Years.Select(y => (y.Year, Assert.Single(y.Facts).Anchor)));
        Assert.Equal(1, view.UndatedCount);
        Assert.Equal("Every dated event in the lives and work of Ann and Bob from 1987 to 1988, each with its sources.", view.Meta.Description);
    }

    [Fact]
    public void Plans_one_page_in_the_timeline_section()
    {
        var context = TestGraph.Pages();

        var plan = Assert.Single(new TimelinePageBuilder(context).Plan());

        Assert.Equal("timeline/index.html", plan.OutputPath);
        Assert.Equal(context.Navigation.Timeline, plan.BuildView().Meta.Section);
    }
}
