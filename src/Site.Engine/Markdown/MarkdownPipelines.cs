using Markdig;
using Site.Engine.Markdown.Citations;

namespace Site.Engine.Markdown;

/// <summary>The one Markdig configuration the site uses: CommonMark with raw HTML off and citation markers on.</summary>
public static class MarkdownPipelines
{
    /// <summary>Parses pages; raw HTML is shown as text, so nothing a fan writes can inject markup.</summary>
    public static MarkdownPipeline Parsing { get; } = Build(null);

    /// <summary>A pipeline that renders citation markers with <paramref name="renderMarker"/>.</summary>
    public static MarkdownPipeline Rendering(Func<string, string> renderMarker) => Build(renderMarker);

    private static MarkdownPipeline Build(Func<string, string>? renderMarker) =>
        new MarkdownPipelineBuilder()
            .DisableHtml()
            .UsePreciseSourceLocation()
            .Use(new CitationExtension(renderMarker))
            .Build();
}
