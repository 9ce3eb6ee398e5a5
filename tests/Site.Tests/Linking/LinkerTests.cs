using Site.Engine.Diagnostics;
using Site.Engine.Linking;
using Site.Tests.Support;

namespace Site.Tests.Linking;

public sealed class LinkerTests
{
    [Fact]
    public void Records_each_link_and_image_of_a_markdown_page_where_it_is_written()
    {
        // Given a page whose body, starting on line 5, has a link, an image and a citation marker
        var graph = TestGraph.Link(site => site.With("input/pages/couple.md", "---\ntitle: Us\ndescription: Our story.\n---\nSee [works](/works/) [@met].\n\n  ![A set](/assets/set.png)\n"));

        // When the content is linked

        // Then the graph holds both addresses as written, at their lines and columns in the file
        Assert.Equal(
            [("/works/", new SourceSpan("input/pages/couple.md", 5, 5)), ("/assets/set.png", new SourceSpan("input/pages/couple.md", 7, 3))],
            graph.MarkdownLinks.Select(l => (l.Url, l.Span)));
        Assert.All(graph.MarkdownLinks, l => Assert.Equal("couple", l.Page.Slug));
    }

    [Fact]
    public void Indexes_what_each_source_backs_as_person_work_and_credit_entries()
    {
        var graph = TestGraph.Link();

        var listings = graph.ListingsCiting["one"].ToList();

        Assert.Collection(listings,
            l => Assert.Equal("ann", Assert.IsType<Listing.PersonEntry>(l).Person.Id),
            l => Assert.Equal("bob", Assert.IsType<Listing.PersonEntry>(l).Person.Id),
            l => Assert.Equal("the-film", Assert.IsType<Listing.WorkEntry>(l).Work.Id),
            l => Assert.Equal("ann", Assert.IsType<Listing.CreditEntry>(l).Credit.Person.Value),
            l => Assert.Equal("bob", Assert.IsType<Listing.CreditEntry>(l).Credit.Person.Value));
    }

    [Fact]
    public void Knows_the_couple_from_the_settings_and_the_works_they_both_took_part_in()
    {
        var graph = TestGraph.Link(site => site.With("input/works/solo.yaml", """
            - id: solo
              title: Solo
              kind: play
              summary: Ann alone.
              citations: [{ source: one, quote: They married in 1988. }]
              credits: [{ person: ann, role: acted, citations: [{ source: one, quote: They married in 1988. }] }]
            """));


        Assert.Equal(["Ann", "Bob"], graph.Couple.Select(p => p.Name));
        Assert.Equal([true, false], graph.Content.Works.Select(graph.IsTogether));
    }
}
