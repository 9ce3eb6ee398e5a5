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
    public void Puts_the_words_said_in_a_year_under_that_year_apart_from_what_happened_in_it()
    {
        // Given a quote said in 1987, one said in 1988 (a year with no fact), and one dated only by its article
        var context = TestGraph.Pages(site => site.With("input/quotes.yaml", """
            - id: met-quote
              speakers: [ann]
              text: The couple met on a film set
              source: one
              date: 1987
              context: On meeting.
              citations: [{ source: one, quote: The couple met on a film set in 1987. }]
            - id: married-quote
              speakers: [bob]
              text: They married in 1988.
              source: one
              date: 1988
              context: On the wedding.
              citations: [{ source: one, quote: They married in 1988. }]
            - id: happy
              speakers: [ann]
              text: We are very happy,
              source: one
              date: reported
              context: On their marriage.
            """));

        // When the timeline is built
        var view = new TimelinePageBuilder(context).Build();

        // Then each year keeps its facts and, apart, the words said in it; the reported date says nothing of when
        Assert.Equal(
            [(1987, ["fact-met"], ["quote-met-quote"]), (1988, [], ["quote-married-quote"])],
            view.Years.Select(y => (y.Year, y.Facts.Select(f => f.Anchor).ToArray(), y.Said.Select(q => q.Anchor).ToArray())));
    }

    [Fact]
    public async Task The_page_lists_its_years_to_jump_to_and_does_not_repeat_a_year_under_its_heading()
    {
        // Given a fact dated by its year and one dated to the month
        using var site = TestSite.Create()
            .With("seeds/one.txt", TestSite.SeedText + "\nThey moved in May 1990.\n")
            .With("input/facts/more.yaml", """
                - id: moved
                  statement: They moved.
                  about: [ann, bob]
                  date: 1990-05
                  citations: [{ source: one, quote: They moved in May 1990. }]
                """);

        // When the site is built
        var result = await site.BuildAsync();

        // Then the years are links at the top, the year's heading alone dates the 1987 fact, and May 1990 keeps its month
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(result.Formatter.Format)));
        var page = site.Page("timeline/index.html");
        Assert.Equal(["#year-1987", "#year-1990"], page.QuerySelectorAll("nav.jump a").Select(a => a.GetAttribute("href")));
        Assert.Equal("1987", page.QuerySelector("#year-1987 h2")!.TextContent);
        Assert.Null(page.QuerySelector("#fact-met time"));
        Assert.Equal("May 1990", page.QuerySelector("#fact-moved time")!.TextContent);
    }

    [Fact]
    public async Task Words_said_in_a_year_stand_apart_under_their_own_heading_folded_after_what_happened()
    {
        using var site = TestSite.Create().With("input/quotes.yaml", """
            - id: met-quote
              speakers: [ann]
              text: The couple met on a film set
              source: one
              date: 1987
              context: On meeting.
              citations: [{ source: one, quote: The couple met on a film set in 1987. }]
            """);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(result.Formatter.Format)));
        var year = site.Page("timeline/index.html").GetElementById("year-1987")!;
        Assert.Equal("Happened in 1987", year.QuerySelector("ul.facts")!.GetAttribute("aria-label"));
        var said = year.QuerySelector("ul.facts + details.said")!;
        Assert.Equal(("Said in 1987", "1 quote"), (said.QuerySelector("summary h3")!.TextContent, said.QuerySelector("summary .count")!.TextContent));
        Assert.Contains("The couple met on a film set", said.QuerySelector("figure.quote blockquote")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("1987", said.QuerySelector("figure.quote figcaption")!.TextContent, StringComparison.Ordinal);
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
