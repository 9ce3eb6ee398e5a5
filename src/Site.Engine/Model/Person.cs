using Site.Engine.Diagnostics;

namespace Site.Engine.Model;

/// <summary>A person the sources mention.</summary>
/// <param name="Id">The person's id.</param>
/// <param name="Span">Where the id was written.</param>
/// <param name="Name">The name, or a description such as "Kyra Sedgwick's brother" where the sources give none.</param>
/// <param name="Relation">Who they are in relation to the couple, in our words.</param>
/// <param name="Summary">A sentence or two about them, in our words, or null.</param>
/// <param name="Citations">Evidence for the relation (and for the children, where given).</param>
/// <param name="Children">The ids of their children.</param>
/// <param name="SameAs">Addresses of pages about them elsewhere, each checked to be http or https.</param>
public sealed record Person(
    string Id,
    SourceSpan Span,
    string Name,
    string Relation,
    string? Summary,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<Located<string>> Children,
    IReadOnlyList<Located<string>> SameAs) : IRecord;
