namespace Site.Engine.Checking;

/// <summary>What the checker learned from one page: its element ids and the links within the site it makes.</summary>
/// <param name="OutputPath">The page's file in the output folder.</param>
/// <param name="Ids">Every element id on the page.</param>
/// <param name="Links">Every address within the site the page refers to, with where.</param>
internal sealed record PageLinks(string OutputPath, HashSet<string> Ids, List<PageLink> Links);

/// <summary>One link of a page: its address and the line and column of its element.</summary>
/// <param name="Href">The address, as written.</param>
/// <param name="Line">The element's line in the page.</param>
/// <param name="Column">The element's column.</param>
internal readonly record struct PageLink(string Href, int Line, int Column);
