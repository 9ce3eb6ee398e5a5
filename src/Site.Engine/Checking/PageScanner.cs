using AngleSharp.Html;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
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
        var path = SiteChecker.ShownPath(outputPath);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<PageLink>();
        var open = new Stack<(string Name, SourceSpan Span)>();
        using var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipComments = true,
        };
        tokenizer.Error += (_, e) => diagnostics.Add(Errors.HtmlParseError(At(path, e), e.Message));

        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token is not HtmlTagToken tag)
            {
                continue;
            }

            var span = new SourceSpan(path, tag.Position.Line, tag.Position.Column);
            if (tag.Type == HtmlTokenType.StartTag)
            {
                Open(tag, span, open, diagnostics);
                Collect(tag, span, ids, links, diagnostics);
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
                Close(tag.Name, span, open, diagnostics);
            }
        }

        foreach (var (name, span) in open)
        {
            diagnostics.Add(Errors.HtmlParseError(span, $"the element <{name}> is never closed."));
        }

        return new PageLinks(outputPath, ids, links);
    }

    private static void Open(HtmlTagToken tag, SourceSpan span, Stack<(string Name, SourceSpan Span)> open, DiagnosticBag diagnostics)
    {
        if (ClosesParagraph.Contains(tag.Name) && open.Any(e => e.Name == "p"))
        {
            diagnostics.Add(Errors.HtmlParseError(span, $"<{tag.Name}> cannot be inside <p>; a browser would close the paragraph here."));
        }
        else if (tag.Name == "a" && open.Any(e => e.Name == "a"))
        {
            diagnostics.Add(Errors.HtmlParseError(span, "<a> cannot be inside another <a>."));
        }

        if (!VoidElements.Contains(tag.Name) && !tag.IsSelfClosing)
        {
            open.Push((tag.Name, span));
        }
    }

    private static void Close(string name, SourceSpan span, Stack<(string Name, SourceSpan Span)> open, DiagnosticBag diagnostics)
    {
        if (open.TryPeek(out var current) && current.Name == name)
        {
            open.Pop();
            return;
        }

        var expected = open.Count == 0 ? "no element is open" : $"<{current.Name}> (opened at line {current.Span.Line}) is still open";
        diagnostics.Add(Errors.HtmlParseError(span, $"the end tag </{name}> does not match: {expected}."));
        if (open.Any(e => e.Name == name))
        {
            do
            {
                current = open.Pop();
            }
            while (current.Name != name);
        }
    }

    private static void Collect(HtmlTagToken tag, SourceSpan span, HashSet<string> ids, List<PageLink> links, DiagnosticBag diagnostics)
    {
        foreach (var attribute in tag.Attributes)
        {
            if (attribute.Name == "id" && attribute.Value.Length > 0 && !ids.Add(attribute.Value))
            {
                diagnostics.Add(Errors.DuplicateElementId(span, attribute.Value));
            }
            else if (((attribute.Name == "href" && tag.Name is "a" or "link")
                || (attribute.Name == "src" && tag.Name is "img" or "script" or "source"))
                && !IsExternal(attribute.Value))
            {
                links.Add(new PageLink(attribute.Value, span.Line, span.Column));
            }
        }
    }

    /// <summary>True for addresses outside the site, which the check leaves alone.</summary>
    private static bool IsExternal(string href) =>
        href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal)
        || href.StartsWith("mailto:", StringComparison.Ordinal);

    private static SourceSpan At(string path, HtmlErrorEvent error) => new(path, error.Position.Line, error.Position.Column);
}
