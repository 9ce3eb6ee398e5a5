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
    public void Lists_each_work_once_with_its_year_and_all_the_persons_roles_by_year_undated_last()
    {
        // Given Ann directing and acting in a 1990 play, in the 1987 film, and in an undated band
        var context = TestGraph.Pages(site => site.With("input/works/more.yaml", """
            - id: a-play
              title: A Play
              kind: play
              year: 1990
              summary: A play.
              citations: [{ source: one, quote: They married in 1988. }]
              credits:
                - { person: ann, role: directed, citations: [{ source: one, quote: They married in 1988. }] }
                - { person: bob, role: acted, citations: [{ source: one, quote: They married in 1988. }] }
                - { person: ann, role: acted, as: Herself, citations: [{ source: one, quote: met on a film set }] }
            - id: a-band
              title: A Band
              kind: band
              summary: A band.
              citations: [{ source: one, quote: They married in 1988. }]
              credits:
                - { person: ann, role: member, citations: [{ source: one, quote: They married in 1988. }] }
            """));

        // When Ann's page is built
        var view = new PersonPageBuilder(context).Build(context.Graph.People["ann"]);

        // Then each work is there once, by year, the undated last, with all of Ann's roles in it
        Assert.Equal(
            [("The Film", "1987", "acted"), ("A Play", "1990", "directed; acted as Herself"), ("A Band", null, "band member")],
            view.Works.Select(w => (w.Work.Text, w.YearText, string.Join("; ", w.Roles.Select(r => r.As is null ? r.Role : $"{r.Role} as {r.As}")))));
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
