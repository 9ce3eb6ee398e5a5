using Site.Engine.Linking;
using Site.Engine.Markdown;
using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering;

/// <summary>
/// Renders the body of a Markdown page: Markdig writes its HTML, with site paths under the base path, and each
/// citation marker becomes the citations of its fact, which the theme shows.
/// </summary>
/// <param name="graph">The linked content.</param>
/// <param name="urls">The site's addresses.</param>
/// <param name="parts">Builds the citations of a marker.</param>
internal sealed class ProseRenderer(SiteGraph graph, SiteUrls urls, ViewParts parts)
{
    /// <summary>The body of <paramref name="page"/>, cut at each citation marker.</summary>
    public IReadOnlyList<ProsePart> Render(Page page)
    {
        var body = new List<ProsePart>();
        var writer = new StringWriter();
        void TakeHtml()
        {
            var html = writer.GetStringBuilder();
            if (html.Length > 0)
            {
                body.Add(new ProsePart.Html(html.ToString()));
                html.Clear();
            }
        }

        // Markdig writes straight to the writer, so what it holds at a marker is everything before the marker.
        void Marker(string factId)
        {
            TakeHtml();
            body.Add(new ProsePart.Citations(parts.Citations(graph.Facts[factId].Citations, SiteUrls.FactAnchor(factId))));
        }

        // Site paths in Markdown are written from the site root (/disputes/); the base path goes in front here.
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { LinkRewriter = urls.FromMarkdown };
        MarkdownPipelines.Rendering(Marker).Setup(renderer);
        renderer.Render(page.Document);
        TakeHtml();
        return body;
    }
}
