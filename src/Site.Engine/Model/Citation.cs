namespace Site.Engine.Model;

/// <summary>Evidence for a statement: words copied verbatim from one source's article.</summary>
/// <param name="Source">The id of the source, where it was written.</param>
/// <param name="Quote">The quoted words, where they were written.</param>
public sealed record Citation(Located<string> Source, Located<string> Quote);
