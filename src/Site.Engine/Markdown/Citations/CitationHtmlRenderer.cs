using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Site.Engine.Markdown.Citations;

/// <summary>Writes a citation marker as the HTML that <paramref name="renderMarker"/> gives for its fact.</summary>
/// <param name="renderMarker">Returns the HTML of the citation links for a fact id.</param>
public sealed class CitationHtmlRenderer(Func<string, string> renderMarker) : HtmlObjectRenderer<CitationInline>
{
    /// <inheritdoc/>
    protected override void Write(HtmlRenderer renderer, CitationInline obj) => renderer.Write(renderMarker(obj.FactId));
}
