namespace Site.Engine.Rendering.Views;

/// <summary>One source's page: what the article tells us, never its full text.</summary>
/// <param name="Row">The source's identity.</param>
/// <param name="Outlets">Outlets the article attributes statements to, each with the article's words that name it.</param>
/// <param name="Facts">Each fact it backs, with the quoted passage.</param>
/// <param name="Listings">Each person, work or credit it backs, with the quoted passage.</param>
/// <param name="Quotes">Quotations it reproduces.</param>
/// <param name="Original">The article's original address, or null when not given.</param>
public sealed record SourceView(
    SourceRow Row,
    IReadOnlyList<(string Name, string Quote)> Outlets,
    IReadOnlyList<EvidenceView> Facts,
    IReadOnlyList<EvidenceView> Listings,
    IReadOnlyList<QuoteView> Quotes,
    string? Original) : PageView;
