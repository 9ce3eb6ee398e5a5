using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Engine.Diagnostics;
using Site.Engine.Markdown.Citations;
using SourceSpan = Site.Engine.Diagnostics.SourceSpan;

namespace Site.Engine.Markdown;

/// <summary>
/// Checks a page's Markdown where a fan wrote it, before it is rendered: every address obeys
/// <see cref="MarkdownAddresses"/>, and nothing is written where its HTML cannot go (a citation marker is a link, so it
/// cannot stand inside a link's text or an image's description, and a link cannot stand inside another link).
/// The page check would otherwise refuse the generated page, far from the line to fix.
/// </summary>
public static class MarkdownChecks
{
    /// <summary>The problems in <paramref name="document"/>; <paramref name="at"/> turns a 0-based line and column of the body into a span.</summary>
    public static IEnumerable<Diagnostic> Check(MarkdownDocument document, Func<int, int, SourceSpan> at)
    {
        foreach (var node in document.Descendants())
        {
            var span = at(node.Line, node.Column);
            switch (node)
            {
                case LinkReferenceDefinition { Url: { } url } when !MarkdownAddresses.IsAllowed(url):
                    yield return Errors.UnsafeLink(span, url);
                    break;
                case LinkInline { Url: { } url, Reference: null } when !MarkdownAddresses.IsAllowed(url):
                    yield return Errors.UnsafeLink(span, url);
                    break;
                case AutolinkInline autolink when !MarkdownAddresses.IsAllowed(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url):
                    yield return Errors.UnsafeLink(span, autolink.Url);
                    break;
                case CitationInline marker when Enclosing(marker) is { } link:
                    yield return Errors.MarkerInLink(span with { Length = marker.FactId.Length + 3 }, marker.FactId, link.IsImage);
                    break;
                case AutolinkInline autolink when Enclosing(autolink) is { IsImage: false }:
                    yield return Errors.LinkInLink(span, autolink.Url);
                    break;
            }
        }
    }

    /// <summary>The nearest link or image whose text holds <paramref name="inline"/>, or null.</summary>
    private static LinkInline? Enclosing(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline link)
            {
                return link;
            }
        }

        return null;
    }
}
