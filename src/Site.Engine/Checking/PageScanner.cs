using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using Site.Engine.Diagnostics;

namespace Site.Engine.Checking;

/// <summary>
/// Reads one page with AngleSharp's HTML tokenizer, the first half of its parser, and collects the page's ids and
/// links without building a DOM. The tree the tokens describe is checked with the rules that matter for pages built
/// from templates and Markdown: every element is closed in order, and no block element opens inside a paragraph or a
/// link inside a link (where a browser would silently build a different tree from the one the template meant).
/// </summary>
internal static class PageScanner
{
    /// <summary>The size in characters above which a page is read from a string source; see <see cref="Source"/>.</summary>
    private const int LargePage = 1024 * 1024;

    /// <summary>Elements that never have content or an end tag.</summary>
    private static readonly HashSet<string> VoidElements =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    /// <summary>Elements whose start tag closes an open paragraph, so a template that nests them in a <c>p</c> is wrong.</summary>
    private static readonly HashSet<string> ClosesParagraph =
    [
        "address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p",
        "pre", "section", "table", "ul",
    ];

    /// <summary>
    /// Scans <paramref name="html"/>, the page at <paramref name="outputPath"/> in one or more pieces; problems go to
    /// <paramref name="diagnostics"/>. Each piece begins and ends between elements (see
    /// <see cref="Rendering.ISiteRenderer"/>), so a tokenizer of its own reads it from the state a tokenizer of the
    /// whole page would be in there; the open elements carry over, and positions count from the start of the page.
    /// A link that is exactly one of <paramref name="pages"/> is good, and is not collected.
    /// </summary>
    public static PageLinks Scan(string outputPath, IReadOnlyList<string> html, DiagnosticBag diagnostics,
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> pages)
    {
        var page = new Page(SiteChecker.ShownPath(outputPath), diagnostics, pages);
        foreach (var piece in html)
        {
            Scan(piece, page, diagnostics);
            page.MovePast(piece);
        }

        page.ReportUnclosed();
        return new PageLinks(outputPath, page.Ids, page.Links);
    }

    /// <summary>A tiny page without mistakes, read by <see cref="WarmUp"/>.</summary>
    internal const string WarmUpPage =
        "<!DOCTYPE html><html lang=\"en\"><head><title>a &amp; b</title></head><body><p id=\"a\"><a href=\"#a\">a</a></p></body></html>";

    /// <summary>
    /// Reads <see cref="WarmUpPage"/> and forgets it. The first page read loads the tokenizer and its table of character
    /// references and fixes up the scanner's compiled code; done on the side while the content is read, that no longer
    /// delays the first pages.
    /// </summary>
    public static void WarmUp() =>
        Scan("warm-up.html", [WarmUpPage], new DiagnosticBag(), new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    private static void Scan(string piece, Page page, DiagnosticBag diagnostics)
    {
        using var tokenizer = new HtmlTokenizer(Source(piece), HtmlEntityProvider.Resolver)
        {
            SkipComments = true,
        };
        tokenizer.Error += (_, e) => diagnostics.Add(Errors.HtmlParseError(page.At(page.Locate(e.Position)), e.Message));

        for (var token = tokenizer.GetStructToken(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.GetStructToken())
        {
            if (!token.IsTag)
            {
                continue;
            }

            // The tokenizer gives the names of the elements HTML defines as its own shared strings, so this makes no new one.
            var tag = new Tag(token.Name.ToString(), page.Locate(token.Position), token.IsSelfClosing);
            if (token.Type == HtmlTokenType.StartTag)
            {
                page.Open(tag);
                page.Collect(tag, token.Attributes);
                tokenizer.State = tag.Name switch
                {
                    "script" => HtmlParseMode.Script,
                    "style" or "noscript" => HtmlParseMode.Rawtext,
                    "title" or "textarea" => HtmlParseMode.RCData,
                    _ => HtmlParseMode.PCData,
                };
            }
            else
            {
                page.Close(tag);
            }
        }
    }

    /// <summary>
    /// Where the tokenizer reads a page from. Over a read-only source, struct tokens are slices of the page rather than
    /// new strings; but the tokenizer then borrows a buffer as large as the page from the shared array pool, which
    /// keeps it for good (so does a <see cref="StringTextSource"/>). A page larger than <see cref="LargePage"/>
    /// characters (the search page of a large site) is read from a plain string source instead, which does not tell the
    /// tokenizer its length, so that no such buffer is borrowed: more allocations, all short-lived, and nothing kept.
    /// </summary>
    private static TextSource Source(string html) =>
        html.Length > LargePage ? new TextSource(html) : new TextSource(new ReadOnlyMemoryTextSource(html.AsMemory()));

    /// <summary>A start or end tag: its element's name, where it is, and whether it closes itself (<c>&lt;br/&gt;</c>).</summary>
    private readonly record struct Tag(string Name, Place At, bool IsSelfClosing);

    /// <summary>A line and column of the whole page, counted from 1.</summary>
    private readonly record struct Place(int Line, int Column);

    /// <summary>
    /// What is known of one page while it is read: the elements open at this point, its ids and its links. Positions
    /// are kept as places in the page, and made into spans only for a diagnostic.
    /// </summary>
    private sealed class Page(string path, DiagnosticBag diagnostics, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> pages)
    {
        private readonly Stack<(string Name, Place At)> _open = new();
        private Place _origin = new(1, 1);
        private int _openParagraphs;
        private int _openLinks;

        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public List<PageLink> Links { get; } = [];

        public SourceSpan At(Place place) => new(path, place.Line, place.Column);

        /// <summary>Where in the page a position of the tokenizer of the current piece is.</summary>
        public Place Locate(TextPosition position) =>
            position.Line == 1 ? _origin with { Column = _origin.Column + position.Column - 1 } : new(_origin.Line + position.Line - 1, position.Column);

        /// <summary>Moves the start of the next piece past <paramref name="piece"/>.</summary>
        public void MovePast(string piece)
        {
            var lines = piece.AsSpan().Count('\n');
            _origin = lines == 0
                ? _origin with { Column = _origin.Column + piece.Length }
                : new(_origin.Line + lines, piece.Length - piece.LastIndexOf('\n'));
        }

        public void Open(Tag tag)
        {
            if (_openParagraphs > 0 && ClosesParagraph.Contains(tag.Name))
            {
                diagnostics.Add(Errors.HtmlParseError(At(tag.At), $"<{tag.Name}> cannot be inside <p>; a browser would close the paragraph here."));
            }
            else if (_openLinks > 0 && tag.Name == "a")
            {
                diagnostics.Add(Errors.HtmlParseError(At(tag.At), "<a> cannot be inside another <a>."));
            }

            if (!VoidElements.Contains(tag.Name) && !tag.IsSelfClosing)
            {
                Push(tag.Name, tag.At);
            }
        }

        public void Close(Tag tag)
        {
            if (_open.TryPeek(out var current) && current.Name == tag.Name)
            {
                Pop();
                return;
            }

            var expected = _open.Count == 0 ? "no element is open" : $"<{current.Name}> (opened at line {current.At.Line}) is still open";
            diagnostics.Add(Errors.HtmlParseError(At(tag.At), $"the end tag </{tag.Name}> does not match: {expected}."));
            if (_open.Any(e => e.Name == tag.Name))
            {
                string closed;
                do
                {
                    closed = Pop();
                }
                while (closed != tag.Name);
            }
        }

        public void Collect(Tag tag, StructAttributes attributes)
        {
            for (var i = 0; i < attributes.Count; i++)
            {
                var attribute = attributes[i];
                if (attribute.Name == "id" && attribute.Value.Length > 0)
                {
                    var id = attribute.Value.ToString();
                    if (!Ids.Add(id))
                    {
                        diagnostics.Add(Errors.DuplicateElementId(At(tag.At), id));
                    }
                }
                else if (((attribute.Name == "href" && tag.Name is "a" or "link")
                    || (attribute.Name == "src" && tag.Name is "img" or "script" or "source"))
                    && !IsExternal(attribute.Value) && !pages.Contains(attribute.Value))
                {
                    Links.Add(new PageLink(attribute.Value.ToString(), tag.At.Line, tag.At.Column));
                }
            }
        }

        public void ReportUnclosed()
        {
            foreach (var (name, at) in _open)
            {
                diagnostics.Add(Errors.HtmlParseError(At(at), $"the element <{name}> is never closed."));
            }
        }

        private void Push(string name, Place at)
        {
            _open.Push((name, at));
            _openParagraphs += name == "p" ? 1 : 0;
            _openLinks += name == "a" ? 1 : 0;
        }

        private string Pop()
        {
            var (name, _) = _open.Pop();
            _openParagraphs -= name == "p" ? 1 : 0;
            _openLinks -= name == "a" ? 1 : 0;
            return name;
        }
    }

    /// <summary>True for addresses outside the site, which the check leaves alone.</summary>
    private static bool IsExternal(ReadOnlySpan<char> href) =>
        href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal)
        || href.StartsWith("mailto:", StringComparison.Ordinal);
}
