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
    /// <summary>The characters of a row besides its strings: <c>["","","",""],</c>.</summary>
    private const int RowPunctuation = 14;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The index file for <paramref name="groups"/>.</summary>
    public static RenderedFile Write(IReadOnlyList<(string Heading, IReadOnlyList<SearchEntry> Entries)> groups, SiteUrls urls)
    {
        // Written straight to UTF-8 with the JSON writer: rows of four strings need no serializer, and no reflection.
        // The buffer is sized for the whole index at once, and the file is its written part: on a large site the
        // index is tens of megabytes, which growing by doubling and then copying would allocate three times over.
        var buffer = new ArrayBufferWriter<byte>(EstimatedSize(groups));
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
        return new RenderedFile(urls.OutputPath(urls.SearchIndex), buffer.WrittenMemory);
    }

    /// <summary>
    /// The index's size in bytes, give or take escapes: each row's strings in UTF-8, its quotes, commas and brackets,
    /// and a sixteenth more for escaped characters, and room for the largest piece the JSON writer asks for at once.
    /// </summary>
    private static int EstimatedSize(IReadOnlyList<(string Heading, IReadOnlyList<SearchEntry> Entries)> groups)
    {
        var size = 16L;
        foreach (var entry in groups.SelectMany(g => g.Entries))
        {
            size += RowPunctuation + Utf8(entry.Kind) + Utf8(entry.Text) + Utf8(entry.Context) + Utf8(entry.Href);
        }

        return (int)Math.Min(Array.MaxLength, size + (size / 16) + 4096);

        static int Utf8(string text) => RenderedFile.Utf8.GetByteCount(text);
    }
}
