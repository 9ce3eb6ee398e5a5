namespace Site.Engine.Rendering.Views;

/// <summary>One work's page.</summary>
/// <param name="Row">The work's summary row.</param>
/// <param name="Listing">Citations for the work's listing (title, kind, year).</param>
/// <param name="Credits">Who did what.</param>
/// <param name="Facts">Facts about it.</param>
/// <param name="Quotes">Quotes about it.</param>
public sealed record WorkView(
    WorkRow Row,
    IReadOnlyList<CitationView> Listing,
    IReadOnlyList<CreditView> Credits,
    IReadOnlyList<FactView> Facts,
    IReadOnlyList<QuoteView> Quotes) : PageView;
