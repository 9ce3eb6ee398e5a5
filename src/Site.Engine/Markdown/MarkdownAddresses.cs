using System.Net;
using Markdig.Renderers;
using Site.Engine.Validation;

namespace Site.Engine.Markdown;

/// <summary>The one rule for every address written in Markdown: a page of this site, an anchor on the page, or http(s).</summary>
public static class MarkdownAddresses
{
    /// <summary>
    /// True for a site path (<c>/works/</c>, not <c>//host</c> nor with a backslash, which browsers read as a slash),
    /// an anchor on the same page (<c>#fact-met</c>), or an address that <see cref="WebAddress.IsHttp"/> accepts.
    /// </summary>
    public static bool IsAllowed(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && IsPlain(url))
        || (url.StartsWith('#') && IsPlain(url))
        || WebAddress.IsHttp(url);

    /// <summary>
    /// The address as a page's HTML holds it once read back: Markdig percent-encodes what an address cannot hold, such
    /// as <c>é</c>, so a link found in the page is traced back to the Markdown by this form.
    /// </summary>
    public static string AsWritten(string url)
    {
        var writer = new StringWriter();
        new HtmlRenderer(writer).WriteEscapeUrl(url);
        return WebUtility.HtmlDecode(writer.ToString());
    }

    private static bool IsPlain(string url) => !url.Contains('\\', StringComparison.Ordinal) && !url.Any(WebAddress.IsForbidden);
}
