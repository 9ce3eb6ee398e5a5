using System.Text.Encodings.Web;
using System.Text.Json;

namespace Site.Engine.Rendering.Search;

/// <summary>
/// Writes <c>search-index.json</c>: a compact array of <c>[kind, text, context, href]</c> rows, small enough to load
/// in one request and filter in the browser as the visitor types.
/// </summary>
public static class SearchIndexWriter
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The index file for <paramref name="groups"/>.</summary>
    public static RenderedFile Write(IReadOnlyList<(string Heading, IReadOnlyList<SearchEntry> Entries)> groups, SiteUrls urls)
    {
        var rows = groups.SelectMany(g => g.Entries).Select(e => new[] { e.Kind, e.Text, e.Context, e.Href });
        return RenderedFile.FromText(urls.OutputPath(urls.SearchIndex), JsonSerializer.Serialize(rows, Options) + "\n");
    }
}
