using System.Text;

namespace Site.Engine.Rendering;

/// <summary>One file of the finished site besides the pages (an asset, the sitemap): its path in the output folder and its bytes.</summary>
/// <param name="OutputPath">The path relative to the output folder, with forward slashes.</param>
/// <param name="Content">The file's bytes, exactly as they are written.</param>
public sealed record RenderedFile(string OutputPath, ReadOnlyMemory<byte> Content)
{
    /// <summary>UTF-8 without a byte order mark: the encoding of every text file of the site.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A text file, encoded as UTF-8.</summary>
    public static RenderedFile FromText(string outputPath, string text) => new(outputPath, Utf8.GetBytes(text));
}
