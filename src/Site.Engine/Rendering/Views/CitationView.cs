namespace Site.Engine.Rendering.Views;

/// <summary>One citation link: the source's number, the address of the cited passage on the source's page, and the quote.</summary>
/// <param name="Number">The source's number, shown as the link text.</param>
/// <param name="Href">The address of the exact fact on the source's page.</param>
/// <param name="SourceTitle">The source's title, for the link's accessible name.</param>
/// <param name="Quote">The quoted words.</param>
public sealed record CitationView(int Number, string Href, string SourceTitle, string Quote);
