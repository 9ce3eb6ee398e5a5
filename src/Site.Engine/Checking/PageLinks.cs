using Site.Engine.Diagnostics;

namespace Site.Engine.Checking;

/// <summary>What the checker learned from one parsed page: its element ids and the links it makes.</summary>
/// <param name="OutputPath">The page's file in the output folder.</param>
/// <param name="Ids">Every element id on the page.</param>
/// <param name="Links">Every address the page refers to, with where.</param>
internal sealed record PageLinks(string OutputPath, HashSet<string> Ids, IReadOnlyList<(string Href, SourceSpan Span)> Links);
