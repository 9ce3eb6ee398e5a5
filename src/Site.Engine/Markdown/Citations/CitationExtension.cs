using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Site.Engine.Markdown.Citations;

/// <summary>Adds <c>[@fact-id]</c> citation markers to a Markdig pipeline.</summary>
/// <param name="marker">Told each marker's fact id as it is rendered, or null when the pipeline only parses.</param>
public sealed class CitationExtension(Action<string>? marker) : IMarkdownExtension
{
    /// <inheritdoc/>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Must come before the link parser: both open on '[', and "[@id]" is not a link.
        if (!pipeline.InlineParsers.Contains<CitationInlineParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser());
        }
    }

    /// <inheritdoc/>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (marker is not null && renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CitationHtmlRenderer>())
        {
            html.ObjectRenderers.Insert(0, new CitationHtmlRenderer(marker));
        }
    }
}
