using Site.Engine.Diagnostics;

namespace Site.Engine.Model;

/// <summary>A film, TV movie, series, play, band or show that the sources name.</summary>
/// <param name="Id">The work's id.</param>
/// <param name="Span">Where the id was written.</param>
/// <param name="Title">The title.</param>
/// <param name="Kind">What kind of work it is.</param>
/// <param name="Year">The year as the sources give it, or null.</param>
/// <param name="Summary">What the work is, in our words.</param>
/// <param name="Credits">Who did what on it.</param>
/// <param name="Citations">Evidence that the work exists as described.</param>
/// <param name="YearSpan">Where the year was written.</param>
public sealed record Work(
    string Id,
    SourceSpan Span,
    string Title,
    WorkKind Kind,
    PartialDate? Year,
    string Summary,
    IReadOnlyList<Credit> Credits,
    IReadOnlyList<Citation> Citations,
    SourceSpan YearSpan = default) : IRecord;
