namespace Site.Engine.Rendering.Views;

/// <summary>A passage of a source that backs a fact, a listing or a credit: its anchor, the quote and what it supports.</summary>
/// <param name="Anchor">The element id that citation links point at.</param>
/// <param name="Quotes">The quoted passages.</param>
/// <param name="Supports">What the passage supports, in our words.</param>
/// <param name="Link">Where that is shown in full.</param>
/// <param name="Dispute">The disagreement it takes a side in, or null.</param>
public sealed record EvidenceView(string Anchor, IReadOnlyList<string> Quotes, string Supports, LinkView Link, LinkView? Dispute);
