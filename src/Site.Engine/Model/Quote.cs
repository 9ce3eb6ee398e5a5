using Site.Engine.Diagnostics;

namespace Site.Engine.Model;

/// <summary>Words someone said, as an article reproduces them.</summary>
/// <param name="Id">The quote's id.</param>
/// <param name="Span">Where the id was written.</param>
/// <param name="Speakers">Who said it (one person, or the couple together).</param>
/// <param name="Text">The exact words, as they occur in the source.</param>
/// <param name="Source">The source that reproduces them.</param>
/// <param name="SaidTo">Where it was said as the article states it (a magazine, a show), or null.</param>
/// <param name="Date">When it was said as the article states it, or null; for a reported date, null until the sources are linked.</param>
/// <param name="Context">What it was about, in our words.</param>
/// <param name="About">People and works it concerns, beyond the speakers.</param>
/// <param name="Citations">The article's words that say to whom and when it was said, beyond the quote itself.</param>
/// <param name="DateReported">True when <paramref name="Date"/> is the source's own stated date (<c>date: reported</c>).</param>
/// <param name="DateSpan">Where the date was written.</param>
public sealed record Quote(
    string Id,
    SourceSpan Span,
    IReadOnlyList<Located<string>> Speakers,
    Located<string> Text,
    Located<string> Source,
    Located<string>? SaidTo,
    PartialDate? Date,
    string Context,
    IReadOnlyList<Located<string>> About,
    IReadOnlyList<Citation> Citations,
    bool DateReported = false,
    SourceSpan DateSpan = default) : IRecord
{
    /// <summary>Every passage that backs the quote: its own words, then the citations that say to whom and when.</summary>
    public IEnumerable<Citation> Passages => Citations.Prepend(new Citation(Source, Text));
}
