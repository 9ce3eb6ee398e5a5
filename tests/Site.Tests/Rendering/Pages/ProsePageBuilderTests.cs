using Site.Engine.Rendering.Pages;
using Site.Engine.Rendering.Views;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Pages;

public sealed class ProsePageBuilderTests
{
    [Fact]
    public void Plans_a_page_for_each_markdown_file_but_home_md()
    {
        var context = TestGraph.Pages(WithPages);

        var plans = new ProsePageBuilder(context).Plan().ToList();

        Assert.Equal(["/couple/", "/faq/"], plans.Select(p => p.Path));
        Assert.Equal(["couple/index.html", "faq/index.html"], plans.Select(p => p.OutputPath));
    }

    [Fact]
    public void A_page_is_its_own_section_of_the_navigation()
    {
        var context = TestGraph.Pages(WithPages);

        var views = context.Graph.Content.Pages.Where(p => !p.IsHome).Select(new ProsePageBuilder(context).Build).ToList();

        Assert.Equal([new LinkView("The couple", "/couple/"), new LinkView("Questions", "/faq/")], views.Select(v => v.Meta.Section));
        Assert.Equal(views.Select(v => v.Meta.Section), context.Navigation.Links.Where(l => l.Href is "/couple/" or "/faq/"));
    }

    [Fact]
    public void Cuts_the_body_at_each_citation_marker_and_puts_site_paths_under_the_base_path()
    {
        // Given a page with a link to a section and a citation marker
        var context = TestGraph.Pages(site => site.With("input/pages/couple.md", "---\ntitle: Us\ndescription: Our story.\n---\nSee [works](/works/), as [@met] says.\n"), "/sub/");

        // When it is built for a site under /sub/
        var body = new ProsePageBuilder(context).Build(context.Graph.Content.Pages[0]).Body;

        // Then the marker is the fact's citations, between Markdig's HTML before and after it
        Assert.Collection(body,
            part => Assert.Equal("<p>See <a href=\"/sub/works/\">works</a>, as ", Assert.IsType<ProsePart.Html>(part).Value),
            part => Assert.Equal("/sub/sources/one/#fact-met", Assert.Single(Assert.IsType<ProsePart.Citations>(part).Items).Href),
            part => Assert.Equal(" says.</p>\n", Assert.IsType<ProsePart.Html>(part).Value));
    }

    private static TestSite WithPages(TestSite site) => site
        .With("input/pages/home.md", "---\ntitle: Home\ndescription: Home.\n---\nHello.\n")
        .With("input/pages/couple.md", "---\ntitle: Their story\ndescription: How they met.\n---\nThey met.\n")
        .With("input/pages/faq.md", "---\ntitle: Questions\ndescription: What people ask.\n---\nAsk.\n");
}
