using System.Globalization;
using AngleSharp.Dom;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Graphs;

public sealed class CareerChartTests
{
    [Fact]
    public async Task Places_each_dated_work_in_the_lanes_of_its_people_and_lists_the_undated_beside_the_chart()
    {
        // Given The Film (1987) by Ann and Bob, Ann's play of 1988, and Bob's band with no year
        using var site = GraphSites.Chain(TestSite.Create());

        // When the site is built
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(result.Formatter.Format)));
        var page = site.Page("timeline/index.html");
        var chart = page.QuerySelector("#careers svg")!;

        // Then The Film has a mark in both lanes, joined by an upright line; the play one mark, in Ann's lane, to its right
        Assert.Equal(["Ann", "Bob"], chart.QuerySelectorAll(".lane-label text").Take(2).Select(t => t.TextContent));
        var film = Marks(chart, "/works/the-film/");
        Assert.Equal(["mark lane-0", "mark lane-1"], film.Select(m => m.ClassName));
        Assert.Equal("The Film: Film, 1987", film[0].ParentElement!.GetAttribute("aria-label"));
        var join = Assert.Single(chart.QuerySelectorAll("line.join"));
        Assert.Equal(join.GetAttribute("x1"), join.GetAttribute("x2"));
        Assert.Equal(X(film[0]), double.Parse(join.GetAttribute("x1")!, CultureInfo.InvariantCulture), 1);
        var play = Assert.Single(Marks(chart, "/works/ann-play/"));
        Assert.Equal("mark lane-0", play.ClassName);
        Assert.True(X(play) > X(film[0]));
        Assert.Contains("1988", chart.QuerySelectorAll(".tick text").Select(t => t.TextContent));

        // And the works without a year are not drawn, but listed beside the chart under their person
        Assert.Empty(Marks(chart, "/works/the-band/"));
        var undated = page.QuerySelector("#careers .undated li")!;
        Assert.Equal(["/people/bob/", "/works/the-band/"], undated.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));

        // And the table says the same as the drawing
        Assert.Equal(["1987 The Film Film Ann and Bob", "1988 Ann's Play Play Ann"],
            page.QuerySelectorAll("#careers table tbody tr").Select(r => string.Join(' ', r.Children.Select(c => c.TextContent))));
    }

    [Fact]
    public async Task Marks_the_years_of_dated_events_about_the_couple_and_draws_a_compact_chart_on_the_home_page()
    {
        using var site = TestSite.Create();

        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(result.Formatter.Format)));

        // The one fact about both, of 1987, is a mark that links to its year on the timeline
        var timeline = site.Page("timeline/index.html");
        var events = timeline.QuerySelectorAll("#careers svg a").Where(a => a.QuerySelector(".event") is not null).ToList();
        Assert.Equal("/timeline/#year-1987", Assert.Single(events).GetAttribute("href"));
        Assert.NotNull(timeline.GetElementById("year-1987"));
        var home = site.Page("index.html");
        Assert.Equal("/timeline/#careers", home.QuerySelector(".careers.compact p a")!.GetAttribute("href"));
        Assert.Equal(2, Marks(home.QuerySelector(".careers svg")!, "/works/the-film/").Count);
    }

    private static List<IElement> Marks(IElement chart, string href) =>
        chart.QuerySelectorAll("a").Where(a => a.GetAttribute("href") == href).Select(a => a.QuerySelector("path")!).ToList();

    /// <summary>The centre across of a mark: the middle of the numbers of its path that stand across.</summary>
    private static double X(IElement mark)
    {
        var numbers = mark.GetAttribute("d")!.Split(['M', 'L', 'a', 'z', ' '], StringSplitOptions.RemoveEmptyEntries);
        var x = double.Parse(numbers[0], CultureInfo.InvariantCulture);
        return mark.GetAttribute("d")!.Contains('a', StringComparison.Ordinal) ? x + double.Parse(numbers[2], CultureInfo.InvariantCulture) : x;
    }
}
