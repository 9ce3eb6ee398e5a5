namespace Site.Engine.Rendering.Views;

/// <summary>A fact ready to show: statement, date, citations, and whether its point is disputed.</summary>
/// <param name="Anchor">The fact's anchor, the element id that links to it point at.</param>
/// <param name="Statement">The statement.</param>
/// <param name="DateIso">The date for a <c>time</c> element, or null.</param>
/// <param name="DateText">The date as people read it, or null.</param>
/// <param name="About">Links to the people and works it is about.</param>
/// <param name="Citations">Its citations.</param>
/// <param name="Dispute">A link to the disagreement it takes a side in, or null.</param>
public sealed record FactView(
    string Anchor,
    string Statement,
    string? DateIso,
    string? DateText,
    IReadOnlyList<LinkView> About,
    IReadOnlyList<CitationView> Citations,
    LinkView? Dispute);
