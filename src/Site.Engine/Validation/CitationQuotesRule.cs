using Site.Engine.Diagnostics;
using Site.Engine.Model;

namespace Site.Engine.Validation;

/// <summary>
/// Every citation, quote and outlet's words occur verbatim in their source's article and are short enough to be a
/// quotation; every citation is long enough to prove something, and every outlet's words name it.
/// </summary>
public sealed class CitationQuotesRule : IContentRule
{
    /// <summary>The longest quote accepted, in characters: about three sentences, never a whole paragraph of an article.</summary>
    public const int MaxQuoteLength = 600;

    /// <summary>The fewest words a citation may have: a word or two occur in any article and prove nothing.</summary>
    public const int MinCitationWords = 4;

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Check(Content content)
    {
        var sources = content.SourcesById();

        // Each quote is looked for in its seed on its own, so the quotes are checked on every core.
        // An outlet's words are looked for in the article of the source that lists it.
        var evidence = content.Evidence().Select(c => (c.Source, c.Quote, Outlet: false))
            .Concat(content.Sources.SelectMany(s => s.Outlets.Select(o => (Source: new Located<string>(s.Id, s.Span), o.Quote, Outlet: true))))
            .ToArray();
        var problems = new Diagnostic?[evidence.Length];
        Parallel.For(0, evidence.Length, i => problems[i] = Problem(evidence[i].Source, evidence[i].Quote, evidence[i].Outlet, sources, content.Seeds));
        var found = problems.OfType<Diagnostic>().ToList();
        foreach (var citation in content.Citations())
        {
            if (QuoteWords.Count(citation.Quote.Value) is var words && words < MinCitationWords)
            {
                found.Add(Errors.QuoteTooShort(citation.Quote.Span, words, MinCitationWords));
            }
        }

        foreach (var outlet in content.Sources.SelectMany(s => s.Outlets))
        {
            if (!QuoteText.Normalize(outlet.Quote.Value).Contains(QuoteText.Normalize(outlet.Name.Value), StringComparison.OrdinalIgnoreCase))
            {
                found.Add(Errors.OutletNotInQuote(outlet.Quote.Span, outlet.Name.Value));
            }
        }

        return found;
    }

    private static Diagnostic? Problem(Located<string> source, Located<string> quote, bool outlet, Dictionary<string, Source> sources,
        IReadOnlyDictionary<string, Seed> seeds)
    {
        if (quote.Value.Length > MaxQuoteLength)
        {
            return Errors.QuoteTooLong(quote.Span, quote.Value.Length, MaxQuoteLength);
        }

        // An unknown source or a missing seed is reported by the rules that own those mistakes.
        return sources.TryGetValue(source.Value, out var found) && seeds.TryGetValue(found.Seed.Value, out var seed)
            && !seed.Contains(quote.Value)
            ? Errors.QuoteNotInSource(quote.Span, source.Value, seed.Path, outlet)
            : null;
    }
}
