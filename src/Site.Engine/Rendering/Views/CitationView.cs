namespace Site.Engine.Rendering.Views;

/// <summary>One citation: the source's number, the address of the cited passage on the source's page, and the quoted words.</summary>
/// <param name="Number">The source's number, shown as the citation's label.</param>
/// <param name="Href">The address of the exact fact on the source's page.</param>
/// <param name="SourceTitle">The source's title, for the citation's accessible name and its note.</param>
/// <param name="Quotes">The quoted words: each passage cited from this source, in the order cited.</param>
public sealed record CitationView(int Number, string Href, string SourceTitle, IReadOnlyList<string> Quotes);
