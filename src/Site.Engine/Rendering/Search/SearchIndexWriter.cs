using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Site.Engine.Rendering.Search;

/// <summary>
/// Writes <c>search-index.json</c>: a compact array of <c>[kind, text, context, href]</c> rows, small enough to load
/// in one request and filter in the browser as the visitor types.
/// </summary>
public static class SearchIndexWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The index file for <paramref name="groups"/>.</summary>
    public static RenderedFile Write(IReadOnlyList<(string Heading, IReadOnlyList<SearchEntry> Entries)> groups, SiteUrls urls)
    {
        // Written straight to UTF-8 with the JSON writer: rows of four strings need no serializer, and no reflection.
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var entry in groups.SelectMany(g => g.Entries))
            {
                json.WriteStartArray();
                json.WriteStringValue(entry.Kind);
                json.WriteStringValue(entry.Text);
                json.WriteStringValue(entry.Context);
                json.WriteStringValue(entry.Href);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        buffer.Write("\n"u8);
        return new RenderedFile(urls.OutputPath(urls.SearchIndex), buffer.WrittenSpan.ToArray());
    }
}
