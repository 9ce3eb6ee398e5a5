using System.Text.RegularExpressions;

namespace Site.Engine.Validation;

/// <summary>Checks and normalises the path a site is served under.</summary>
public static partial class BasePaths
{
    /// <summary>True for <c>/</c> or <c>/a/b/</c> with safe characters between the slashes, and no <c>.</c> or <c>..</c> segment.</summary>
    public static bool IsValid(string value) => Pattern().IsMatch(value);

    /// <summary>Adds missing leading and trailing slashes: <c>bacon-sedgwick</c> becomes <c>/bacon-sedgwick/</c>.</summary>
    public static string Normalize(string value)
    {
        // One slash is added or kept at each end; a doubled one stays, for the check to refuse rather than hide.
        var trimmed = value.Trim();
        trimmed = trimmed.StartsWith('/') ? trimmed[1..] : trimmed;
        trimmed = trimmed.EndsWith('/') ? trimmed[..^1] : trimmed;
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }

    [GeneratedRegex(@"^/((?!\.{1,2}/)[A-Za-z0-9._~-]+/)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
