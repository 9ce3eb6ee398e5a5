using System.Text;

namespace Site.Engine.Rendering;

/// <summary>One file of the finished site: its path in the output folder and its bytes (UTF-8 for text).</summary>
/// <param name="OutputPath">The path relative to the output folder, with forward slashes.</param>
/// <param name="Content">The file's bytes, exactly as they are written.</param>
public sealed record RenderedFile(string OutputPath, ReadOnlyMemory<byte> Content)
{
    /// <summary>UTF-8 without a byte order mark: the encoding of every text file of the site.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A text file, encoded as UTF-8.</summary>
    public static RenderedFile FromText(string outputPath, string text) => new(outputPath, Utf8.GetBytes(text));

    /// <summary>Text in one or more pieces, encoded as UTF-8 into one array.</summary>
    public static byte[] Encode(IReadOnlyList<string> pieces)
    {
        if (pieces.Count == 1)
        {
            return Utf8.GetBytes(pieces[0]);
        }

        var bytes = new byte[pieces.Sum(Utf8.GetByteCount)];
        var written = 0;
        foreach (var piece in pieces)
        {
            written += Utf8.GetBytes(piece, bytes.AsSpan(written));
        }

        return bytes;
    }

    /// <summary>True for HTML pages, which the check stage reads.</summary>
    public bool IsHtml => OutputPath.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>The file's content as text.</summary>
    public string Text() => Utf8.GetString(Content.Span);
}
