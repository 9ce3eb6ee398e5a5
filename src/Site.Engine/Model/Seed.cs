using System.Text.RegularExpressions;

namespace Site.Engine.Model;

/// <summary>One source article as read from <c>seeds/</c>, with its text normalised once for quote look-ups.</summary>
/// <param name="FileName">The file's name in <c>seeds/</c>.</param>
/// <param name="Path">The file's path relative to the project root.</param>
/// <param name="Text">The text as the file holds it, which lines and columns in the file count in.</param>
public sealed partial record Seed(string FileName, string Path, string Text)
{
    /// <summary>The text after <see cref="QuoteText.Normalize"/>.</summary>
    public string Normalized { get; } = QuoteText.Normalize(Text);

    /// <summary>
    /// How many characters of <see cref="Normalized"/> the article's date line takes (a dated seed begins
    /// <c>date 2024-01-30</c>), or 0. That line is the article's own date, never evidence of when an event happened.
    /// </summary>
    public int HeaderLength => HeaderPattern().Match(Normalized) is { Success: true } header ? header.Length : 0;

    /// <summary>
    /// The words of <paramref name="quote"/> that the article's text gives, leaving out any part that lies in the
    /// date line; null when the quote does not occur in the article.
    /// </summary>
    public string? TextOf(string quote)
    {
        var normalized = QuoteText.Normalize(quote);
        var header = HeaderLength;
        if (Normalized.IndexOf(normalized, header, StringComparison.Ordinal) >= 0)
        {
            return normalized;
        }

        var at = Normalized.IndexOf(normalized, StringComparison.Ordinal);
        return at < 0 ? null : normalized[Math.Min(normalized.Length, header - at)..];
    }

    /// <summary>True when the quote, normalised the same way, occurs in the article.</summary>
    public bool Contains(string quote) => Normalized.Contains(QuoteText.Normalize(quote), StringComparison.Ordinal);

    [GeneratedRegex(@"^date [0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderPattern();
}
