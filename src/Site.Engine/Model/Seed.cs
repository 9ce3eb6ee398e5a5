namespace Site.Engine.Model;

/// <summary>One source article as read from <c>seeds/</c>, with its text normalised once for quote look-ups.</summary>
/// <param name="FileName">The file's name in <c>seeds/</c>.</param>
/// <param name="Path">The file's path relative to the project root.</param>
/// <param name="Normalized">The text after <see cref="QuoteText.Normalize"/>.</param>
public sealed record Seed(string FileName, string Path, string Normalized)
{
    /// <summary>True when the quote, normalised the same way, occurs in the article.</summary>
    public bool Contains(string quote) => Normalized.Contains(QuoteText.Normalize(quote), StringComparison.Ordinal);
}
