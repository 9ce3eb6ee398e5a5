using Site.Engine.Diagnostics;
using Site.Engine.Model;

namespace Site.Engine.Validation;

/// <summary>To whom a quote was said is the article's word too: its <c>said_to</c> occurs in the quote or in the words it cites.</summary>
public sealed class SaidToRule : IContentRule
{
    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Check(Content content) =>
        content.Quotes
            .Where(q => q.SaidTo is { } saidTo && !q.Passages.Any(p => Names(p.Quote.Value, saidTo.Value)))
            .Select(q => Errors.SaidToNotInCitations(q.SaidTo!.Value.Span, q.SaidTo.Value.Value))
            .ToList();

    private static bool Names(string passage, string name) =>
        QuoteText.Normalize(passage).Contains(QuoteText.Normalize(name), StringComparison.OrdinalIgnoreCase);
}
