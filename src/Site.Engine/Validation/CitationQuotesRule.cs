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

        // Each quote is looked for in its seed on its own, so the quotes are checked on every core.
        var evidence = content.Evidence().ToArray();
        var problems = new Diagnostic?[evidence.Length];
        Parallel.For(0, evidence.Length, i => problems[i] = Problem(evidence[i].Source, evidence[i].Quote, sources, content.Seeds));
        return problems.OfType<Diagnostic>().ToList();
    }

    private static Diagnostic? Problem(Located<string> source, Located<string> quote, Dictionary<string, Source> sources,
        IReadOnlyDictionary<string, Seed> seeds)
    {
        if (quote.Value.Length > MaxQuoteLength)
        {
            return Errors.QuoteTooLong(quote.Span, quote.Value.Length, MaxQuoteLength);
        }

        // An unknown source or a missing seed is reported by the rules that own those mistakes.
        return sources.TryGetValue(source.Value, out var found) && seeds.TryGetValue(found.Seed.Value, out var seed)
            && !seed.Contains(quote.Value)
            ? Errors.QuoteNotInSource(quote.Span, source.Value, seed.Path)
            : null;
    }
}
