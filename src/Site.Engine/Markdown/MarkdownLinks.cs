using Site.Engine.Validation;

namespace Site.Engine.Markdown;

/// <summary>The one rule for every address written in Markdown: a page of this site, an anchor on the page, or http(s).</summary>
public static class MarkdownLinks
{
    /// <summary>
    /// True for a site path (<c>/works/</c>, not <c>//host</c> nor with a backslash, which browsers read as a slash),
    /// an anchor on the same page (<c>#fact-met</c>), or an address that <see cref="WebAddress.IsHttp"/> accepts.
    /// </summary>
    public static bool IsAllowed(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && IsPlain(url))
        || (url.StartsWith('#') && IsPlain(url))
        || WebAddress.IsHttp(url);

    private static bool IsPlain(string url) => !url.Contains('\\', StringComparison.Ordinal) && !url.Any(WebAddress.IsForbidden);
}
