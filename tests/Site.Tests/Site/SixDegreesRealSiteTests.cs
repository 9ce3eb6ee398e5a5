using Site.Tests.Support;

namespace Site.Tests.Site;

/// <summary>The six degrees game and the careers chart on the real site, built from the repository's input/.</summary>
public sealed class SixDegreesRealSiteTests(RealSiteFixture fixture) : IClassFixture<RealSiteFixture>
{
    [Fact]
    public void Kyra_Sedgwick_is_one_step_from_Kevin_Bacon_on_her_page_and_on_the_connections_page()
    {
        var page = fixture.Site.Pages["people/kyra-sedgwick/index.html"];
        Assert.Equal("1 step", page.QuerySelector(".steps-count")!.TextContent);
        Assert.Equal(["Kyra Sedgwick", "Lemon Sky", "Kevin Bacon"], page.QuerySelectorAll("ol.chain a").Select(a => a.TextContent));

        var row = fixture.Site.Pages["connections/index.html"].GetElementById("steps-kyra-sedgwick")!;
        Assert.StartsWith("1 step:", row.ParentElement!.PreviousElementSibling!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/people/kyra-sedgwick/", "/works/lemon-sky/", "/people/kevin-bacon/"], row.QuerySelectorAll("ol.chain a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_careers_chart_places_only_works_whose_year_the_content_gives()
    {
        var years = RepoData.WorkYears();
        var chart = fixture.Site.Pages["timeline/index.html"].QuerySelector("#careers svg")!;

        var placed = chart.QuerySelectorAll("a[href^='/works/']").Select(a => a.GetAttribute("href")!.Split('/')[2]).Distinct().ToList();

        Assert.NotEmpty(placed);
        Assert.All(placed, id => Assert.NotNull(years[id]));
        Assert.Contains("lemon-sky", placed);
        Assert.DoesNotContain("connescence", placed);
    }
}
