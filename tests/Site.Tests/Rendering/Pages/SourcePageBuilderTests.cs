using Site.Engine.Rendering.Pages;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Pages;

public sealed class SourcePageBuilderTests
{
    [Fact]
    public void Shows_each_fact_person_work_and_credit_it_backs_under_the_anchor_citations_link_to()
    {
        var context = TestGraph.Pages();

        var view = new SourcePageBuilder(context).Build(context.Graph.Sources["one"]);

        Assert.Equal(["fact-met"], view.Facts.Select(f => f.Anchor));
        Assert.Equal(["person-ann", "person-bob", "work-the-film", "credit-the-film-ann-acted", "credit-the-film-bob-acted"], view.Listings.Select(l => l.Anchor));
        Assert.Equal(["Ann: Bob's wife", "Bob: Ann's husband", "The Film: film, 1987", "Ann acted in The Film", "Bob acted in The Film"], view.Listings.Select(l => l.Supports));
        Assert.Equal(["quote-happy"], view.Quotes.Select(q => q.Anchor));
        Assert.Equal([context.Navigation.Home, context.Navigation.Sources], view.Meta.Breadcrumbs);
    }

    [Fact]
    public void Two_credits_of_one_person_in_one_role_share_one_entry_with_the_passages_of_both()
    {
        // Given Ann credited twice as acting in the film, each credit with its own passage
        var context = TestGraph.Pages(site => site.With("input/works.yaml", """
            - id: the-film
              title: The Film
              kind: film
              summary: Where they met.
              citations: [{ source: one, quote: They married in 1988. }]
              credits:
                - { person: ann, role: acted, as: One, citations: [{ source: one, quote: met on a film set }] }
                - { person: ann, role: acted, as: Two, citations: [{ source: one, quote: They married in 1988. }] }
            """));

        // When the source's page is built
        var view = new SourcePageBuilder(context).Build(context.Graph.Sources["one"]);

        // Then one entry holds both passages
        var credit = Assert.Single(view.Listings, l => l.Anchor == "credit-the-film-ann-acted");
        Assert.Equal(["met on a film set", "They married in 1988."], credit.Quotes);
    }
}
