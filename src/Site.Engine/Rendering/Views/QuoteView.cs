namespace Site.Engine.Rendering.Views;

/// <summary>A quotation ready to show, attributed to its speakers and its source.</summary>
/// <param name="Anchor">The quote's anchor, the element id that links to it point at.</param>
/// <param name="Text">The exact words.</param>
/// <param name="Speakers">Links to who said it.</param>
/// <param name="SaidTo">Where it was said, as the article states it, or null.</param>
/// <param name="DateText">When it was said, as the article states it, or null.</param>
/// <param name="Context">What it was about, in our words.</param>
/// <param name="Citation">The link to the quote on its source's page.</param>
public sealed record QuoteView(
    string Anchor,
    string Text,
    IReadOnlyList<LinkView> Speakers,
    string? SaidTo,
    string? DateText,
    string Context,
    CitationView Citation);
