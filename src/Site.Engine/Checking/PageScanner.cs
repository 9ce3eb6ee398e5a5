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

    /// <summary>Scans <paramref name="html"/>, the page at <paramref name="outputPath"/>; problems go to <paramref name="diagnostics"/>.</summary>
    public static PageLinks Scan(string outputPath, string html, DiagnosticBag diagnostics)
    {
        var page = new Page(SiteChecker.ShownPath(outputPath), diagnostics);
        using var tokenizer = new HtmlTokenizer(Source(html), HtmlEntityProvider.Resolver)
        {
            SkipComments = true,
        };
        tokenizer.Error += (_, e) => diagnostics.Add(Errors.HtmlParseError(page.At(e.Position), e.Message));

        for (var token = tokenizer.GetStructToken(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.GetStructToken())
        {
            if (!token.IsTag)
            {
                continue;
            }

            var tag = new Tag(token.Name.ToString(), token.Position, token.IsSelfClosing);
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

        page.ReportUnclosed();
        return new PageLinks(outputPath, page.Ids, page.Links);
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
    private readonly record struct Tag(string Name, TextPosition Position, bool IsSelfClosing);

    /// <summary>
    /// What is known of one page while it is read: the elements open at this point, its ids and its links. Positions
    /// are kept as the tokenizer gives them, and made into spans only for a diagnostic.
    /// </summary>
    private sealed class Page(string path, DiagnosticBag diagnostics)
    {
        private readonly Stack<(string Name, TextPosition At)> _open = new();
        private int _openParagraphs;
        private int _openLinks;

        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public List<PageLink> Links { get; } = [];

        public SourceSpan At(TextPosition position) => new(path, position.Line, position.Column);

        public void Open(Tag tag)
        {
            if (_openParagraphs > 0 && ClosesParagraph.Contains(tag.Name))
            {
                diagnostics.Add(Errors.HtmlParseError(At(tag.Position), $"<{tag.Name}> cannot be inside <p>; a browser would close the paragraph here."));
            }
            else if (_openLinks > 0 && tag.Name == "a")
            {
                diagnostics.Add(Errors.HtmlParseError(At(tag.Position), "<a> cannot be inside another <a>."));
            }

            if (!VoidElements.Contains(tag.Name) && !tag.IsSelfClosing)
            {
                Push(tag.Name, tag.Position);
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
            diagnostics.Add(Errors.HtmlParseError(At(tag.Position), $"the end tag </{tag.Name}> does not match: {expected}."));
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
                        diagnostics.Add(Errors.DuplicateElementId(At(tag.Position), id));
                    }
                }
                else if (((attribute.Name == "href" && tag.Name is "a" or "link")
                    || (attribute.Name == "src" && tag.Name is "img" or "script" or "source"))
                    && !IsExternal(attribute.Value))
                {
                    Links.Add(new PageLink(attribute.Value.ToString(), tag.Position.Line, tag.Position.Column));
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

        private void Push(string name, TextPosition at)
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
