using Site.Engine.Checking;
using Site.Engine.Diagnostics;
using Site.Engine.Rendering;
using Site.Tests.Support;

namespace Site.Tests.Checking;

public sealed class SiteCheckerTests
{
    [Fact]
    public void A_broken_link_written_in_markdown_is_reported_where_it_is_written_not_in_the_page()
    {
        // Given a page of a site under /sub/ whose Markdown links to a page the site does not have
        var graph = TestGraph.Link(site => site.With("input/pages/couple.md", "---\ntitle: Us\ndescription: Our story.\n---\nSee [them](/gone/).\n"));
        var urls = new SiteUrls("/sub/");
        var diagnostics = new DiagnosticBag();
        var checker = new SiteChecker(urls, diagnostics, [], graph.MarkdownLinks);

        // When the rendered page is checked, the link under the base path as the page holds it
        checker.Add(new RenderedPage("couple/index.html", ["<!DOCTYPE html><html><body>\n<p>See <a href=\"/sub/gone/\">them</a>.</p></body></html>"]));
        checker.CheckLinks();

        // Then the broken link is reported at the Markdown
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("SG0301", new SourceSpan("input/pages/couple.md", 5, 5)), (error.Code, error.Span));
    }

    [Fact]
    public void A_file_besides_the_pages_can_be_linked_to_and_one_that_is_html_is_read_as_a_page()
    {
        // Given the checker of a site with a stylesheet, an HTML asset with a paragraph around a block, and a page
        var diagnostics = new DiagnosticBag();
        var checker = new SiteChecker(new SiteUrls("/"), diagnostics, [], []);

        // When all three are checked
        checker.Add(new RenderedFile("assets/site.css", "a { b: c }"u8.ToArray()));
        checker.Add(new RenderedFile("assets/help.html", "<p><div>x</div></p>"u8.ToArray()));
        checker.Add(new RenderedPage("index.html", ["<link rel=\"stylesheet\" href=\"/assets/site.css\"><a href=\"/assets/help.html\">help</a>"]));
        checker.CheckLinks();

        // Then the links are good, and only the HTML asset's mistake is reported, in that file
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("SG0304", "output/assets/help.html"), (error.Code, error.Span.Path));
    }
}
