using Site.Engine.Rendering.Pages;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Pages;

public sealed class PersonPageBuilderTests
{
    [Fact]
    public void Plans_a_page_for_each_person()
    {
        var context = TestGraph.Pages();

        var plans = new PersonPageBuilder(context).Plan().ToList();

        Assert.Equal(["people/ann/index.html", "people/bob/index.html"], plans.Select(p => p.OutputPath));
    }

    [Fact]
    public void Keeps_what_a_person_said_apart_from_what_others_said_about_them()
    {
        // Given Ann's own quote, and one of Bob's about her
        var context = TestGraph.Pages(site => site.With("input/quotes/more.yaml", """
            - id: made
              speakers: [bob]
              about: [ann]
              text: made for each other
              source: one
              context: On Ann.
            """));

        // When Ann's page is built
        var view = new PersonPageBuilder(context).Build(context.Graph.People["ann"]);

        // Then her words and Bob's stand apart, and her credit and relation cite their passages
        Assert.Equal(["quote-happy"], view.QuotesBy.Select(q => q.Anchor));
        Assert.Equal(["quote-made"], view.QuotesAbout.Select(q => q.Anchor));
        Assert.Equal("/sources/one/#person-ann", Assert.Single(view.RelationCitations).Href);
        Assert.Equal(("The Film", "/sources/one/#credit-the-film-ann-acted"), (Assert.Single(view.Works).Work.Text, Assert.Single(Assert.Single(view.Works[0].Roles).Citations).Href));
        Assert.Equal("profile", view.Meta.OpenGraphType);
    }
}
