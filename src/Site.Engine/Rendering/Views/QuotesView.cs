namespace Site.Engine.Rendering.Views;

/// <summary>All quotations, grouped by speaker.</summary>
/// <param name="Groups">Each speaker (or pair of speakers) with their quotes.</param>
public sealed record QuotesView(IReadOnlyList<(string Anchor, LinkView Speaker, IReadOnlyList<QuoteView> Quotes)> Groups) : PageView;
