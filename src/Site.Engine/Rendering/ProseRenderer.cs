using System.Net;
using Site.Engine.Linking;
using Site.Engine.Markdown;
using Site.Engine.Model;

namespace Site.Engine.Rendering;

/// <summary>Renders the body of a Markdown page to HTML, with site paths under the base path and citation markers as links.</summary>
/// <param name="graph">The linked content.</param>
/// <param name="urls">The site's addresses.</param>
/// <param name="parts">Builds the citation links of a marker.</param>
internal sealed class ProseRenderer(SiteGraph graph, SiteUrls urls, ViewParts parts)
{
    /// <summary>The body of <paramref name="page"/> as HTML.</summary>
    public string Render(Page page)
    {
        var writer = new StringWriter();

        // Site paths in Markdown are written from the site root (/disputes/); the base path goes in front here.
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { LinkRewriter = urls.FromMarkdown };
        MarkdownPipelines.Rendering(CitationMarker).Setup(renderer);
        renderer.Render(page.Document);
        return writer.ToString();
    }

    /// <summary>The HTML of a <c>[@fact-id]</c> marker: one small numbered link per citation of the fact.</summary>
    private string CitationMarker(string factId)
    {
        var links = graph.Facts[factId].Citations.DistinctBy(c => c.Source.Value).Select(c =>
        {
            var citation = parts.Citation(c.Source.Value, SiteUrls.FactAnchor(factId), c.Quote.Value);
            var label = WebUtility.HtmlEncode($"Source {citation.Number}: {citation.SourceTitle}");
            return $"<a href=\"{WebUtility.HtmlEncode(citation.Href)}\" aria-label=\"{label}\">{citation.Number}</a>";
        });
        return $"<sup class=\"cite\">{string.Join("<span class=\"sep\">,</span>", links)}</sup>";
    }
}
