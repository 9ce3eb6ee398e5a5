using Site.Engine.Diagnostics;
using Site.Engine.Loading;
using Site.Engine.Model;
using Site.Engine.Passages;

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
        var library = new PassageLibrary(content);

        // Each quote is looked for in its seed on its own, so the quotes are checked on every core.
        // An outlet's words are looked for in the article of the source that lists it.
        var citationKeys = (Keys.Citations.Quote, Keys.Citations.Source);
        var evidence = content.Citations().Select(c => new Evidence(c.Source, c.Quote, citationKeys))
            .Concat(content.Quotes.Select(q => new Evidence(q.Source, q.Text, (Keys.Quotes.Text, Keys.Quotes.Source))))
            .Concat(content.Sources.SelectMany(s => s.Outlets.Select(o => new Evidence(new Located<string>(s.Id, s.Span), o.Quote, (Keys.Outlets.Quote, Keys.Citations.Source), IsOutlet: true))))
            .ToArray();
        var problems = new Diagnostic?[evidence.Length];
        Parallel.For(0, evidence.Length, i => problems[i] = Problem(evidence[i], sources, content.Seeds, library));
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

    private static Diagnostic? Problem(Evidence evidence, Dictionary<string, Source> sources, IReadOnlyDictionary<string, Seed> seeds,
        PassageLibrary library)
    {
        var (source, quote) = (evidence.Source, evidence.Quote);
        if (quote.Value.Length > MaxQuoteLength)
        {
            return Errors.QuoteTooLong(quote.Span, quote.Value.Length, MaxQuoteLength);
        }

        // An unknown source or a missing seed is reported by the rules that own those mistakes.
        if (!sources.TryGetValue(source.Value, out var found) || !seeds.TryGetValue(found.Seed.Value, out var seed) || seed.Contains(quote.Value))
        {
            return null;
        }

        // An outlet's words must come from its own source's article, so no other article is searched for them.
        var (cited, elsewhere) = library.Closest(quote.Value, source.Value, searchOthers: !evidence.IsOutlet);
        return Errors.QuoteNotInSource(quote.Span, source.Value, seed.Path, evidence.Keys, evidence.IsOutlet, cited, elsewhere);
    }

    /// <summary>Words quoted from a source as evidence, with the fields that hold them.</summary>
    private sealed record Evidence(Located<string> Source, Located<string> Quote, (string Quote, string Source) Keys, bool IsOutlet = false);
}
