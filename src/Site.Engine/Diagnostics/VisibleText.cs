using System.Globalization;
using System.Text;

namespace Site.Engine.Diagnostics;

/// <summary>
/// Text as it may be printed to a terminal: control characters (which a terminal obeys, as in an escape sequence
/// that recolours or clears the screen), invisible format characters (such as U+202E, which turns text round) and
/// separators are shown as <c>\u001B</c>, so what is printed is what the file holds.
/// </summary>
public static class VisibleText
{
    /// <summary><paramref name="text"/> with every hidden character shown as <c>\uXXXX</c>, and tabs as spaces.</summary>
    public static string Of(string text) => Of(text, out _);

    /// <summary>
    /// <paramref name="text"/> made visible, and for each of its characters (and its end) the index where it
    /// starts in the result, so that a column of the text is found in what is printed.
    /// </summary>
    public static string Of(string text, out int[] positions)
    {
        positions = new int[text.Length + 1];
        var shown = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            positions[i] = shown.Length;
            var c = text[i];
            if (c == '\t')
            {
                shown.Append(' ');
            }
            else if (IsHidden(text, i))
            {
                shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                shown.Append(c);
            }
        }

        positions[text.Length] = shown.Length;
        return shown.ToString();
    }

    private static bool IsHidden(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }

        return IsInvisible(c);
    }

    /// <summary>
    /// True for a character that shows nothing, or changes how the text around it is laid out: a control character, an
    /// invisible format character (such as the bidirectional override U+202E), or a line or paragraph separator.
    /// </summary>
    public static bool IsInvisible(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
