using Site.Engine.Diagnostics;

namespace Site.Engine.Validation;

/// <summary>
/// The one rule for an absolute address from content or the command line (<c>base_url</c>, <c>--base-url</c>,
/// <c>same_as</c>, links in Markdown): http or https, a host, and only characters an address can hold as written.
/// The address is written as it is into pages, the sitemap and robots.txt, where a line break or a control character
/// would change what they say.
/// </summary>
public static class WebAddress
{
    /// <summary>True for an absolute http or https address with a host and only characters an address can hold.</summary>
    public static bool IsHttp(string value) => Check(default, value) is null;

    /// <summary>The error for <paramref name="value"/>, written at <paramref name="span"/>, or null when it is a good address.</summary>
    public static Diagnostic? Check(SourceSpan span, string value)
    {
        foreach (var c in value)
        {
            if (IsForbidden(c))
            {
                return Errors.UrlCharacter(span, value, $"it contains {Describe(c)}");
            }
        }

        var percent = value.IndexOf('%', StringComparison.Ordinal);
        while (percent >= 0)
        {
            if (percent + 2 >= value.Length || !char.IsAsciiHexDigit(value[percent + 1]) || !char.IsAsciiHexDigit(value[percent + 2]))
            {
                return Errors.UrlCharacter(span, value, "it has a `%` that is not followed by two hexadecimal digits");
            }

            percent = value.IndexOf('%', percent + 1);
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(uri.Host)
            ? null
            : Errors.InvalidUrl(span, value);
    }

    /// <summary>
    /// Why <paramref name="value"/>, an http or https address that <see cref="Check"/> accepts, cannot be the address
    /// the site is published at, or null when it can. Page addresses are added after it and it is written into every
    /// page, so it can have no user name or password, no query and no fragment, and must be written as it is compared
    /// (no default port, no <c>.</c> or <c>..</c> segments, capitals aside), with an ASCII host, and name a
    /// folder, not a file. When <paramref name="pathIsBasePath"/> (no base path is given), its path is the one the site
    /// is served under, which <see cref="BasePaths.IsValid"/> must accept. <c>InPath</c> tells that last case apart.
    /// </summary>
    public static (string Reason, bool InPath)? SiteAddressProblem(string value, bool pathIsBasePath)
    {
        var uri = new Uri(value);
        if (uri.UserInfo.Length > 0)
        {
            return ("it holds a user name or password, which every page would publish", false);
        }

        if (uri.Query.Length > 0)
        {
            return ($"it has a query (`{uri.Query}`), and the addresses of pages go after it", false);
        }

        if (uri.Fragment.Length > 0)
        {
            return ($"it has a fragment (`{uri.Fragment}`), and the addresses of pages go after it", false);
        }

        if (uri.HostNameType == UriHostNameType.Dns && uri.Host != uri.IdnHost)
        {
            return ($"its host is not written in ASCII; its ASCII form is `{uri.IdnHost}`", false);
        }

        if (pathIsBasePath && !BasePaths.IsValid(BasePaths.Normalize(uri.AbsolutePath)))
        {
            return ($"its path, `{uri.AbsolutePath}`, is the one the site is served under, and may hold only letters, digits, `.`, `_`, `~` and `-` between its slashes", true);
        }

        // Written in capitals, the scheme and host are the same address (GitHub's owner names keep theirs).
        var plain = Slashed(uri.GetLeftPart(UriPartial.Path));
        if (!string.Equals(plain, Slashed(value), StringComparison.OrdinalIgnoreCase))
        {
            return ($"it is not written the way it is compared and published; write it as `{plain}`", false);
        }

        var lastSegment = uri.AbsolutePath[(uri.AbsolutePath.LastIndexOf('/') + 1)..];
        if (lastSegment.Contains('.', StringComparison.Ordinal))
        {
            return ($"its path ends in a file name (`{lastSegment}`), and the addresses of pages go after the folder", false);
        }

        return null;
    }

    /// <summary>An address with one slash at its end, as the site writes its own.</summary>
    private static string Slashed(string address) => address.TrimEnd('/') + "/";

    /// <summary>
    /// True for a character an address cannot hold as written: white space, control characters, invisible format
    /// characters (such as the bidirectional override U+202E, which makes an address read differently from what it
    /// is), and the ASCII characters that must always be percent-encoded.
    /// </summary>
    public static bool IsForbidden(char c) =>
        char.IsWhiteSpace(c) || VisibleText.IsInvisible(c)
        || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`';

    private static string Describe(char c) => c switch
    {
        ' ' => "a space",
        '\n' or '\r' => "a line break",
        '\t' => "a tab",
        _ when char.IsWhiteSpace(c) || VisibleText.IsInvisible(c) =>
            $"the invisible character U+{(int)c:X4}",
        _ => $"the character `{c}`",
    };
}
