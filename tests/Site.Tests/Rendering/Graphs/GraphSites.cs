using Site.Tests.Support;

namespace Site.Tests.Rendering.Graphs;

/// <summary>Small graphs of people and works, laid over the minimal test site, for the careers chart and the six degrees game.</summary>
internal static class GraphSites
{
    /// <summary>
    /// Ann and Bob made The Film (1987, both); Ann alone a play of 1988; Bob a band with Cy, who made a film with Dee; Eve is alone in a show; Fay has no credit; Bob has a work with no year.
    /// </summary>
    public static TestSite Chain(TestSite site) => site
        .With("input/people/more.yaml", """
            - { id: cy, name: Cy, relation: Bob's bandmate, citations: [{ source: one, quote: made for each other }] }
            - { id: dee, name: Dee, relation: Cy's co-star, citations: [{ source: one, quote: made for each other }] }
            - { id: eve, name: Eve, relation: A host, citations: [{ source: one, quote: made for each other }] }
            - { id: fay, name: Fay, relation: A friend, citations: [{ source: one, quote: made for each other }] }
            """)
        .With("input/works/more.yaml", """
            - id: ann-play
              title: Ann's Play
              kind: play
              year: 1988
              summary: A play.
              citations: [{ source: one, quote: They married in 1988. }]
              credits: [{ person: ann, role: acted, citations: [{ source: one, quote: They married in 1988. }] }]
            - id: the-band
              title: The Band
              kind: band
              summary: A band.
              citations: [{ source: one, quote: They married in 1988. }]
              credits:
                - { person: bob, role: member, citations: [{ source: one, quote: They married in 1988. }] }
                - { person: cy, role: member, citations: [{ source: one, quote: They married in 1988. }] }
            - id: cy-film
              title: Cy's Film
              kind: film
              summary: A film.
              citations: [{ source: one, quote: They married in 1988. }]
              credits:
                - { person: cy, role: acted, citations: [{ source: one, quote: They married in 1988. }] }
                - { person: dee, role: acted, citations: [{ source: one, quote: They married in 1988. }] }
            - id: eve-show
              title: Eve's Show
              kind: talk-show
              summary: A show.
              citations: [{ source: one, quote: They married in 1988. }]
              credits: [{ person: eve, role: host, citations: [{ source: one, quote: They married in 1988. }] }]
            """);
}
