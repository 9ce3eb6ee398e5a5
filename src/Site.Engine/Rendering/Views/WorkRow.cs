namespace Site.Engine.Rendering.Views;

/// <summary>One row of the filmography: a work with its year, kind, credits and whether the couple were both in it.</summary>
/// <param name="Link">The work's page.</param>
/// <param name="YearText">The year, or null when the sources give none.</param>
/// <param name="Kind">The kind as people read it.</param>
/// <param name="Credits">Short credit lines, such as "Kevin Bacon (acted, as Stan Olszewski)".</param>
/// <param name="IsTogether">True when Kevin and Kyra were both involved.</param>
/// <param name="Summary">What the work is.</param>
public sealed record WorkRow(LinkView Link, string? YearText, string Kind, IReadOnlyList<string> Credits, bool IsTogether, string Summary);
