using Site.Engine.Diagnostics;
using Site.Engine.Model;

namespace Site.Engine.Validation;

/// <summary>Every citation and every quote occurs verbatim in its source's article, and is short enough to be a quotation.</summary>
public sealed class CitationQuotesRule : IContentRule
{
    /// <summary>The longest quote accepted, in characters: about three sentences, never a whole paragraph of an article.</summary>
    public const int MaxQuoteLength = 600;

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Check(Content content)
    {
        var sources = content.Sources.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (source, quote) in content.Evidence())
        {
            if (quote.Value.Length > MaxQuoteLength)
            {
                yield return Errors.QuoteTooLong(quote.Span, quote.Value.Length, MaxQuoteLength);
                continue;
            }

            // An unknown source or a missing seed is reported by the rules that own those mistakes.
            if (sources.TryGetValue(source.Value, out var found) && content.Seeds.TryGetValue(found.Seed.Value, out var seed)
                && !seed.Contains(quote.Value))
            {
                yield return Errors.QuoteNotInSource(quote.Span, source.Value, seed.Path);
            }
        }
    }
}
