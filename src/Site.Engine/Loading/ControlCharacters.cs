using System.Buffers;
using System.Globalization;
using System.Text;

namespace Site.Engine.Loading;

/// <summary>
/// The characters no content may hold, because no page, feed or search index can carry them: the C0 controls other
/// than tab and the line breaks, DEL, the C1 controls, Unicode's noncharacters, and halves of a surrogate pair left
/// without the other half (which only a YAML escape can produce); and the invisible controls that change how text
/// around them is laid out: the line and paragraph separators (which YAML counts as line breaks and editors do not,
/// so every line number after one would be wrong) and the bidirectional embeddings, overrides and isolates (which
/// can make a line read backwards). XML refuses most of them outright, and all are invisible in an editor, so a fan
/// could never tell what is wrong with a line that holds one.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>The index of the first refused character in <paramref name="text"/> and its code point, or -1.</summary>
    public static int Find(ReadOnlySpan<char> text, out int codePoint)
    {
        codePoint = 0;
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (c is >= ' ' and < '\x7F')
            {
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var used) != OperationStatus.Done)
            {
                codePoint = c;
                return i;
            }

            if (IsRefused(rune.Value))
            {
                codePoint = rune.Value;
                return i;
            }

            i += used;
        }

        return -1;
    }

    /// <summary>How many refused characters <paramref name="text"/> holds.</summary>
    public static int Count(string text)
    {
        var count = 0;
        for (var from = 0; from < text.Length; count++)
        {
            var at = Find(text.AsSpan(from), out var codePoint);
            if (at < 0)
            {
                break;
            }

            from += at + (codePoint > 0xFFFF ? 2 : 1);
        }

        return count;
    }

    /// <summary>True for a code point no content may hold.</summary>
    public static bool IsRefused(int codePoint) =>
        (codePoint < 0x20 && codePoint is not ('\t' or '\n' or '\r'))
        || codePoint is >= 0x7F and <= 0x9F
        || codePoint is >= 0xFDD0 and <= 0xFDEF
        || (codePoint & 0xFFFE) == 0xFFFE
        || codePoint is >= 0xD800 and <= 0xDFFF
        || codePoint is 0x2028 or 0x2029
        || codePoint is >= 0x202A and <= 0x202E
        || codePoint is >= 0x2066 and <= 0x2069;

    /// <summary>The code point in the usual notation, such as <c>U+0001</c>.</summary>
    public static string Name(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
}
