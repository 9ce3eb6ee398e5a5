using Site.Engine.Rendering.Graphs;
using Site.Engine.Rendering.Pages;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Graphs;

public sealed class SixDegreesTests
{
    [Fact]
    public void Counts_the_shared_works_between_each_person_and_the_first_of_the_couple()
    {
        // Given Bob, who made a film with Ann; Cy, in a band with Bob; Dee, in a film with Cy; and Eve and Fay, joined to no one
        var graph = TestGraph.Link(GraphSites.Chain);

        // When everyone's steps to Ann are searched
        var degrees = new SixDegrees(graph);

        // Then Ann is the centre, Bob is one work away, Cy two, Dee three, and Eve and Fay have no chain, each with the reason
        Assert.Equal("ann", degrees.Center!.Id);
        Assert.Equal([0, 1, 2, 3], [degrees.Of("ann").Count, degrees.Of("bob").Count, degrees.Of("cy").Count, degrees.Of("dee").Count]);
        Assert.Equal(["cy", "the-band", "bob", "the-film", "ann"], degrees.Of("cy").Chain);
        Assert.Equal(["ann"], degrees.Of("ann").Chain);
        Assert.Equal((null, StepsReason.NoSharedWork), (degrees.Of("eve").Count, degrees.Of("eve").Reason));
        Assert.Equal((null, StepsReason.NoCredits), (degrees.Of("fay").Count, degrees.Of("fay").Reason));
        Assert.Equal(["ann", "bob", "cy", "dee", "eve", "fay"], degrees.Order.Select(p => p.Id));
    }

    [Fact]
    public void Prefers_the_oldest_shared_work_for_a_chain()
    {
        // Given a second work Ann and Bob made, later than The Film and listed before it
        var graph = TestGraph.Link(site => site.With("input/works.yaml", """
            - id: later
              title: A Later Film
              kind: film
              year: 2001
              summary: Another film.
              citations: [{ source: one, quote: They married in 1988. }]
              credits:
                - { person: ann, role: acted, citations: [{ source: one, quote: met on a film set }] }
                - { person: bob, role: acted, citations: [{ source: one, quote: met on a film set }] }
            - id: the-film
              title: The Film
              kind: film
              year: 1987
              summary: Where they met.
              citations: [{ source: one, quote: The couple met on a film set in 1987. }]
              credits:
                - { person: ann, role: acted, citations: [{ source: one, quote: met on a film set }] }
                - { person: bob, role: acted, citations: [{ source: one, quote: met on a film set }] }
            """));

        // When Bob's chain is searched
        var chain = new SixDegrees(graph).Of("bob").Chain;

        // Then it goes through the older film
        Assert.Equal(["bob", "the-film", "ann"], chain);
    }

    [Fact]
    public void The_connections_page_spells_out_each_chain_and_lists_those_without_one()
    {
        var context = TestGraph.Pages(GraphSites.Chain);

        var view = new ConnectionsPageBuilder(context).Build();

        Assert.Equal(["0 steps: the centre of the game", "1 step: 1 person", "2 steps: 1 person", "3 steps: 1 person"], view.Connected.Select(g => g.Heading));
        var cy = Assert.Single(view.Connected[2].People);
        Assert.Equal(("2 steps", "steps-cy"), (cy.CountText, cy.Anchor));
        Assert.Equal(["/people/cy/", "/works/the-band/", "/people/bob/", "/works/the-film/", "/people/ann/"], cy.Chain.Select(l => l.Href));
        Assert.Equal(
            [("Eve", "None of their works is shared with anyone connected to Ann."), ("Fay", "The sources name no work they took part in.")],
            view.Unconnected.Select(s => (s.Person.Text, s.Reason!)));
        Assert.Equal(("Six degrees of Ann", "connections/index.html"), (view.Meta.Title, Assert.Single(new ConnectionsPageBuilder(context).Plan()).OutputPath));
    }

    [Fact]
    public void The_drawing_has_the_connected_people_and_only_the_works_that_join_them()
    {
        var context = TestGraph.Pages(GraphSites.Chain);

        var drawing = new ConnectionsPageBuilder(context).Build().Drawing;

        // Ann's play and Eve's show join no one, so only the three shared works are drawn, with an edge for each of their credits
        Assert.Equal(
            ["/people/ann/", "/people/bob/", "/people/cy/", "/people/dee/", "/works/cy-film/", "/works/the-band/", "/works/the-film/"],
            drawing.Nodes.Select(n => n.Mark.Link.Href).Order(StringComparer.Ordinal));
        Assert.Equal(6, drawing.Edges.Count);
        var again = new ConnectionsPageBuilder(TestGraph.Pages(GraphSites.Chain)).Build().Drawing;
        Assert.Equal(drawing.Nodes, again.Nodes);
        Assert.Equal(drawing.Edges, again.Edges);
    }
}
