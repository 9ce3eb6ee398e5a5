using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Site.Engine.Markdown.Citations;

/// <summary>
/// Writes no HTML for a citation marker: it tells <paramref name="marker"/> the marker's fact id where the marker
/// stands in the HTML written so far, so that the theme, which owns the markup of citations, can show it there.
/// </summary>
/// <param name="marker">Told the fact id of each marker, in the order they are written.</param>
public sealed class CitationHtmlRenderer(Action<string> marker) : HtmlObjectRenderer<CitationInline>
{
    /// <inheritdoc/>
    protected override void Write(HtmlRenderer renderer, CitationInline obj) => marker(obj.FactId);
}
