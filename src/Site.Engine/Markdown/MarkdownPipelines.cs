using Markdig;
using Site.Engine.Markdown.Citations;

namespace Site.Engine.Markdown;

/// <summary>The one Markdig configuration the site uses: CommonMark with raw HTML off and citation markers on.</summary>
public static class MarkdownPipelines
{
    /// <summary>Parses pages; raw HTML is shown as text, so nothing a fan writes can inject markup.</summary>
    public static MarkdownPipeline Parsing { get; } = Build(null);

    /// <summary>A pipeline that hands each citation marker's fact id to <paramref name="marker"/> instead of writing HTML for it.</summary>
    public static MarkdownPipeline Rendering(Action<string> marker) => Build(marker);

    private static MarkdownPipeline Build(Action<string>? marker) =>
        new MarkdownPipelineBuilder()
            .DisableHtml()
            .UsePreciseSourceLocation()
            .Use(new CitationExtension(marker))
            .Build();
}
