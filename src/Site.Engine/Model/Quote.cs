using Site.Engine.Diagnostics;

namespace Site.Engine.Model;

/// <summary>Words someone said, as an article reproduces them.</summary>
/// <param name="Id">The quote's id.</param>
/// <param name="Span">Where the id was written.</param>
/// <param name="Speakers">Who said it (one person, or the couple together).</param>
/// <param name="Text">The exact words, as they occur in the source.</param>
/// <param name="Source">The source that reproduces them.</param>
/// <param name="SaidTo">Where it was said as the article states it (a magazine, a show), or null.</param>
/// <param name="Date">When it was said as the article states it, or null.</param>
/// <param name="Context">What it was about, in our words.</param>
/// <param name="About">People and works it concerns, beyond the speakers.</param>
public sealed record Quote(
    string Id,
    SourceSpan Span,
    IReadOnlyList<Located<string>> Speakers,
    Located<string> Text,
    Located<string> Source,
    string? SaidTo,
    PartialDate? Date,
    string Context,
    IReadOnlyList<Located<string>> About) : IRecord;
