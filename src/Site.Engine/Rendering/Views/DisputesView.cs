namespace Site.Engine.Rendering.Views;

/// <summary>Every point on which the sources disagree, each side with its facts and citations.</summary>
/// <param name="Disputes">Each disputed claim: anchor, question, and the sides.</param>
public sealed record DisputesView(IReadOnlyList<(string Anchor, string Question, IReadOnlyList<(string Value, IReadOnlyList<FactView> Facts)> Sides)> Disputes) : PageView;
