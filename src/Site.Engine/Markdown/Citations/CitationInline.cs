using Markdig.Syntax.Inlines;

namespace Site.Engine.Markdown.Citations;

/// <summary>A citation marker <c>[@fact-id]</c> in prose: it cites the sources of one fact.</summary>
public sealed class CitationInline : LeafInline
{
    /// <summary>The id of the cited fact.</summary>
    public required string FactId { get; init; }
}
