using Site.Engine.Checking;
using Site.Engine.Diagnostics;

namespace Site.Tests.Checking;

/// <summary>
/// The check reads a page that comes in pieces (a long listing, rendered a part at a time) piece by piece, with a
/// tokenizer for each; what it finds must be what it would find in the page read whole.
/// </summary>
public sealed class PageScannerTests
{
    /// <summary>A page cut between elements, with mistakes in later pieces: on their first line and on later ones.</summary>
    private static readonly string[] Pieces =
    [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><title>A <page></title></head>\n<body><main id=\"main\">\n  <ul>",
        "<li id=\"one\"><a href=\"/works/#one\">one</a></li>",
        "<li id=\"one\"><a href=\"/people/\">again</a></li>\n  <li><p><div>block</div></p></li>\n",
        "  <li><a href=\"#two\">two</a> <span id=\"two\">x</span></li>",
        "</ul>\n<section>\n  <p>never closed</main>\n</body></html>\n",
    ];

    [Fact]
    public void A_page_read_in_pieces_gives_the_ids_links_and_problems_of_the_page_read_whole()
    {
        var (whole, wholeProblems) = Scan([string.Concat(Pieces)]);
        var (pieces, pieceProblems) = Scan(Pieces);

        Assert.Equal(["main", "one", "two"], whole.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(whole.Ids.Order(StringComparer.Ordinal), pieces.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(3, whole.Links.Count);
        Assert.Equal(whole.Links, pieces.Links);
        Assert.Equal(
            ["SG0303 output/page.html:4:54", "SG0304 output/page.html:5:10", "SG0304 output/page.html:8:18"],
            wholeProblems.Select(p => p[..p.IndexOf(' ', 7)]));
        Assert.Equal(wholeProblems, pieceProblems);
    }

    [Fact]
    public void A_link_written_exactly_as_the_address_of_a_page_of_the_site_is_not_kept_for_the_check_of_links()
    {
        var (page, _) = Scan(Pieces, ["/people/", "/works/"]);

        Assert.Equal(["/works/#one", "#two"], page.Links.Select(l => l.Href));
    }

    [Fact]
    public void The_page_read_to_warm_the_check_up_has_no_mistakes_so_the_warm_up_takes_the_path_of_a_good_page()
    {
        var (page, problems) = Scan([PageScanner.WarmUpPage]);

        Assert.Empty(problems);
        Assert.Equal(["a"], page.Ids);
        Assert.Equal(["#a"], page.Links.Select(l => l.Href));
    }

    private static (PageLinks Page, List<string> Problems) Scan(IReadOnlyList<string> html, string[]? pages = null)
    {
        var diagnostics = new DiagnosticBag();
        var addresses = new HashSet<string>(pages ?? [], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var page = PageScanner.Scan("page.html", html, diagnostics, addresses);
        return (page, diagnostics.Sorted().Select(d => $"{d.Code} {d.Span} {d.Message}").ToList());
    }
}
