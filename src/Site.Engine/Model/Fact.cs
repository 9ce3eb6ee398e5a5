using Site.Engine.Diagnostics;

namespace Site.Engine.Model;

/// <summary>One statement in our own words, about people and works, backed by quotes from the sources.</summary>
/// <param name="Id">The fact's id.</param>
/// <param name="Span">Where the id was written.</param>
/// <param name="Statement">The statement, in our words.</param>
/// <param name="About">The people and works it is about.</param>
/// <param name="Date">When it happened, as precisely as the sources say, or null; for a reported date, null until the sources are linked.</param>
/// <param name="Citations">The evidence: one or more verbatim quotes.</param>
/// <param name="Claim">The claim the fact makes, for comparing sources, or null.</param>
/// <param name="DateReported">True when <paramref name="Date"/> is the cited source's own stated date (<c>date: reported</c>), not the event's.</param>
/// <param name="DateSpan">Where the date was written.</param>
public sealed record Fact(
    string Id,
    SourceSpan Span,
    string Statement,
    IReadOnlyList<Located<string>> About,
    PartialDate? Date,
    IReadOnlyList<Citation> Citations,
    ClaimValue? Claim,
    bool DateReported = false,
    SourceSpan DateSpan = default) : IRecord;
