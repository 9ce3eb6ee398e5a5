namespace Site.Engine.Model;

/// <summary>Names that Markdown pages cannot take, because a section of the site lives at that address.</summary>
public static class ReservedSlugs
{
    /// <summary>Every reserved name.</summary>
    public static IReadOnlyList<string> All { get; } = ["assets", "disputes", "people", "quotes", "search", "sources", "timeline", "works", "404"];
}
