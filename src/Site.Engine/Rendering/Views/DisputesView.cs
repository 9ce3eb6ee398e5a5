namespace Site.Engine.Rendering.Views;

/// <summary>Every point on which the sources disagree, each side with its facts and the words of the articles that support it.</summary>
/// <param name="Disputes">Each disputed claim: anchor, question, and the sides.</param>
public sealed record DisputesView(IReadOnlyList<(string Anchor, string Question, IReadOnlyList<DisputeSideView> Sides)> Disputes) : PageView;

/// <summary>One answer to a disputed question: the facts that give it and the verbatim words behind them.</summary>
/// <param name="Value">The answer.</param>
/// <param name="Facts">The facts that give it.</param>
/// <param name="Quotations">
/// Each passage those facts cite, word for word, with its source and a link to the passage on the source's page.
/// </param>
public sealed record DisputeSideView(string Value, IReadOnlyList<FactView> Facts, IReadOnlyList<CitationView> Quotations);
