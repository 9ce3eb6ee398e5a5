using Site.Engine.Rendering.Pages;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Pages;

public sealed class WorkPageBuilderTests
{
    [Fact]
    public void Plans_a_page_for_each_work()
    {
        var context = TestGraph.Pages(site => site.With("input/works/more.yaml", "- { id: other, title: Other, kind: series, summary: A series, citations: [{ source: one, quote: They married in 1988. }] }\n"));

        var plans = new WorkPageBuilder(context).Plan().ToList();

        Assert.Equal(["works/the-film/index.html", "works/other/index.html"], plans.Select(p => p.OutputPath));
    }

    [Fact]
    public void Each_credit_cites_the_passage_under_its_anchor_on_the_source_page()
    {
        var context = TestGraph.Pages();

        var view = new WorkPageBuilder(context).Build(context.Graph.Works["the-film"]);

        Assert.Equal([("Ann", "acted", "/sources/one/#credit-the-film-ann-acted"), ("Bob", "acted", "/sources/one/#credit-the-film-bob-acted")],
            view.Credits.Select(c => (c.Subject.Text, c.Role, Assert.Single(c.Citations).Href)));
        Assert.Equal("/sources/one/#work-the-film", Assert.Single(view.Listing).Href);
        Assert.Equal(["fact-met"], view.Facts.Select(f => f.Anchor));
    }

    [Fact]
    public void A_film_is_a_movie_found_under_works()
    {
        var context = TestGraph.Pages();

        var meta = new WorkPageBuilder(context).Build(context.Graph.Works["the-film"]).Meta;

        Assert.Equal("video.movie", meta.OpenGraphType);
        Assert.Equal([context.Navigation.Home, context.Navigation.Works], meta.Breadcrumbs);
        Assert.Equal(context.Navigation.Works, meta.Section);
        Assert.Contains("\"@type\":\"Movie\"", meta.JsonLd[0], StringComparison.Ordinal);
    }
}
