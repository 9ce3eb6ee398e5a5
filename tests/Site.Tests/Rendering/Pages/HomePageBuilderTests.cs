using Site.Engine.Rendering.Pages;
using Site.Engine.Rendering.Views;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Pages;

public sealed class HomePageBuilderTests
{
    [Fact]
    public void Plans_one_page_at_the_home_address()
    {
        var context = TestGraph.Pages();

        var plans = new HomePageBuilder(context).Plan().ToList();

        var plan = Assert.Single(plans);
        Assert.Equal(("/", "index.html"), (plan.Path, plan.OutputPath));
        Assert.IsType<HomeView>(plan.BuildView());
    }

    [Fact]
    public void Shows_the_couple_the_work_they_made_together_and_their_milestones()
    {
        // Given a couple who both acted in one film, and a dated fact about them both
        var context = TestGraph.Pages();

        // When the home page is built
        var view = new HomePageBuilder(context).Build();

        // Then it links to each of them, to the film, and to the fact
        Assert.Equal([new LinkView("Ann", "/people/ann/"), new LinkView("Bob", "/people/bob/")], view.Couple.Select(c => c.Link));
        Assert.Equal("/works/the-film/", view.Newest?.Link.Href);
        Assert.Equal(["The Film"], view.Together.Select(w => w.Link.Text));
        Assert.Equal(["fact-met"], view.Milestones.Select(f => f.Anchor));
        Assert.Equal("Test Site", view.Meta.Title);
    }

    [Fact]
    public void Takes_its_introduction_title_and_description_from_home_md()
    {
        var context = TestGraph.Pages(site => site.With("input/pages/home.md", "---\ntitle: Welcome\ndescription: All about Ann and Bob.\n---\nThey met [@met] on a set.\n"));

        var view = new HomePageBuilder(context).Build();

        Assert.Equal(("Welcome", "All about Ann and Bob."), (view.Meta.Title, view.Meta.Description));
        Assert.Equal("<p>They met ", Assert.IsType<ProsePart.Html>(view.Intro[0]).Value);
        Assert.Equal("/sources/one/#fact-met", Assert.Single(Assert.IsType<ProsePart.Citations>(view.Intro[1]).Items).Href);
        Assert.Equal(" on a set.</p>\n", Assert.IsType<ProsePart.Html>(view.Intro[2]).Value);
    }
}
