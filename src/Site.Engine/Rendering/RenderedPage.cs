using System.Buffers;

namespace Site.Engine.Rendering;

/// <summary>
/// One page as the theme rendered it: its HTML in one or more pieces, which together are the page. A long listing is
/// rendered a part at a time and never joined into one string; each piece begins and ends between elements, never
/// inside a tag, a comment, or the text of a script, style or title.
/// </summary>
/// <param name="OutputPath">The file to write, relative to the output folder.</param>
/// <param name="Html">The page's HTML, in pieces.</param>
public sealed record RenderedPage(string OutputPath, IReadOnlyList<string> Html)
{
    /// <summary>
    /// Writes the page's HTML, encoded as UTF-8, to <paramref name="bytes"/>, asking it for room for all of it at once,
    /// so that a large page is never copied into one buffer after another as it grows.
    /// </summary>
    public void Encode(IBufferWriter<byte> bytes)
    {
        var room = bytes.GetSpan(Html.Sum(RenderedFile.Utf8.GetByteCount));
        var written = 0;
        foreach (var piece in Html)
        {
            written += RenderedFile.Utf8.GetBytes(piece, room[written..]);
        }

        bytes.Advance(written);
    }
}
