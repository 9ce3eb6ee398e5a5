namespace Site.Engine.Diagnostics;

public static partial class Errors
{
    /// <summary>SG0301: a rendered page links to a page or file the build does not produce.</summary>
    public static Diagnostic BrokenLink(SourceSpan span, string href) =>
        Error("SG0301", span, $"broken link to '{href}'",
            "a link to a page or file the site generates",
            "correct the address: site pages are written from the site root, such as `/works/` or `/people/kevin-bacon/`.");

    /// <summary>SG0302: a rendered page links to an anchor that the target page does not have.</summary>
    public static Diagnostic BrokenAnchor(SourceSpan span, string href) =>
        Error("SG0302", span, $"link to missing anchor '{href}'",
            "an id that exists on the target page",
            "correct the part after `#`: facts are `#fact-ID` on the pages they are about and on their sources' pages.");

    /// <summary>SG0303: a rendered page uses the same element id twice.</summary>
    public static Diagnostic DuplicateElementId(SourceSpan span, string id) =>
        Error("SG0303", span, $"the element id '{id}' is used twice on this page",
            "each id once per page",
            "this is a bug in the theme or in a page's Markdown; give one of the elements another id.");

    /// <summary>SG0304: a page's HTML does not parse cleanly.</summary>
    public static Diagnostic HtmlParseError(SourceSpan span, string message) =>
        Error("SG0304", span, $"the page's HTML is malformed: {message}",
            "well-formed HTML",
            "this is a bug in the theme; fix the template that produces this page.");

    /// <summary>SG0305: a Markdown link whose address is neither internal nor http/https.</summary>
    public static Diagnostic UnsafeLink(SourceSpan span, string href) =>
        Error("SG0305", span, $"the link '{href}' is neither a page of this site nor an http or https address",
            "`/path/` for a page of the site, or `https://…`",
            "correct the address; other schemes such as `javascript:` are never allowed.");

    /// <summary>SG0306: Markdown whose quotes, lists, emphasis or links are nested too deeply to be rendered safely.</summary>
    public static Diagnostic MarkdownTooDeep(SourceSpan span, int limit) =>
        Error("SG0306", span, $"the Markdown here is nested more than {limit} levels deep",
            $"quotes (`>`), lists, emphasis and links inside one another at most {limit} levels deep",
            "flatten the nesting: start a new paragraph or list instead of putting one more inside the last.");

    /// <summary>SG0307: a citation marker inside a link's text or an image's description, where its own link cannot go.</summary>
    public static Diagnostic MarkerInLink(SourceSpan span, string factId, bool inImage) =>
        Error("SG0307", span, inImage
                ? $"the citation marker [@{factId}] is inside an image's description, which can only be plain text"
                : $"the citation marker [@{factId}] is inside a link's text, and a marker is a link itself",
            "citation markers in ordinary text, outside `[…](…)` and `![…](…)`",
            inImage
                ? $"move `[@{factId}]` after the image, such as `![A photo](/photo.jpg) [@{factId}]`."
                : $"move `[@{factId}]` after the link, such as `[the film](/works/lemon-sky/) [@{factId}]`.");

    /// <summary>SG0308: a link inside another link's text, which HTML does not allow.</summary>
    public static Diagnostic LinkInLink(SourceSpan span, string href) =>
        Error("SG0308", span, $"the address <{href}> is a link inside another link's text",
            "a link's text without links in it",
            "move the address out of the brackets, or write it without `<` and `>` so that it stays plain text.");
}
