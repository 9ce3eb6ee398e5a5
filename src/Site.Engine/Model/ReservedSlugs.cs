namespace Site.Engine.Model;

/// <summary>
/// Names that Markdown pages cannot take, because a section of the site, or a folder of its files, lives at that
/// address. A test builds a site and checks that every folder at its top is a page's or one of these.
/// </summary>
public static class ReservedSlugs
{
    /// <summary>Every reserved name.</summary>
    public static IReadOnlyList<string> All { get; } = ["assets", "cards", "connections", "disputes", "people", "quotes", "search", "sources", "timeline", "works", "404"];
}
