using System.Globalization;
using SkiaSharp;

namespace Site.Engine.Rendering.Cards;

/// <summary>
/// Lays a share card's text out for its design: the title at the largest size whose lines fit the text's width, the kind
/// and the site's name on one line each, all measured in the theme's font. The sizes and the width here must match
/// <c>theme/Cards/ShareCardImage.razor</c>.
/// </summary>
internal static class CardLayout
{
    private const float TextWidth = CardView.TextWidth;
    private const int KindSize = CardView.KindSize;
    private const int SiteNameSize = CardView.SiteNameSize;
    private const int MaxLines = 3;
    private static readonly int[] TitleSizes = [84, 72, 62, 54];

    /// <summary>
    /// The most characters (text elements) of a text that are laid out: several times what three lines of the title hold
    /// at its smallest size in the narrowest letters, so that a text longer than this is cut on the card in any case,
    /// and a text of any length is laid out in the same short time.
    /// </summary>
    private const int MaxLaidOut = 600;

    /// <summary>The layout of <paramref name="card"/> in <paramref name="typeface"/>.</summary>
    public static CardView Of(ShareCard card, SKTypeface typeface)
    {
        using var kindFont = Font(typeface, KindSize);
        using var siteFont = Font(typeface, SiteNameSize);
        var (size, lines) = TitleLines(Bounded(card.Title, out var titleCut), titleCut, typeface);
        var kind = Fit([Bounded(card.Kind, out var kindCut)], kindFont, 1, kindCut)[0];
        var siteName = Fit([Bounded(card.SiteName, out var siteNameCut)], siteFont, 1, siteNameCut)[0];
        return new CardView(kind, card.Title, lines, size, siteName);
    }

    /// <summary>A font of <paramref name="size"/> that measures and draws the same on every machine: no hinting, no subpixel positions.</summary>
    public static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };

    /// <summary>
    /// The first <see cref="MaxLaidOut"/> text elements of <paramref name="text"/>, and no more than four times as many
    /// code units (one text element can be any number of accents); <paramref name="cut"/> when there was more.
    /// </summary>
    private static string Bounded(string text, out bool cut)
    {
        const int maxUnits = 4 * MaxLaidOut;
        var end = 0;
        for (var count = 0; end < text.Length && count < MaxLaidOut && end < maxUnits; count++)
        {
            end += StringInfo.GetNextTextElementLength(text, end);
        }

        if (end > maxUnits)
        {
            end = char.IsLowSurrogate(text[maxUnits]) ? maxUnits - 1 : maxUnits;
        }

        cut = end < text.Length;
        return text[..end];
    }

    /// <summary>
    /// The title at the largest size that fits in the lines there are; at the smallest, cut with an ellipsis, as it is
    /// when <paramref name="more"/> (the title goes on past the text given).
    /// </summary>
    private static (int Size, List<string> Lines) TitleLines(string title, bool more, SKTypeface typeface)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var size in TitleSizes)
        {
            using var font = Font(typeface, size);
            var lines = Wrap(words, font);
            if ((lines.Count <= MaxLines && !more) || size == TitleSizes[^1])
            {
                return (size, Fit(lines, font, MaxLines, more));
            }
        }

        throw new InvalidOperationException("Bug: the last title size always fits.");
    }

    /// <summary>Words in lines no wider than the text's width; a word wider than that is broken where it must be.</summary>
    private static List<string> Wrap(IEnumerable<string> words, SKFont font)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in words)
        {
            var joined = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(joined) <= TextWidth)
            {
                line = joined;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (font.MeasureText(line) > TextWidth)
            {
                var cut = ElementStart(line, Math.Max((int)font.BreakText(line, TextWidth), 1));
                lines.Add(line[..cut]);
                line = line[cut..];
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>
    /// At most <paramref name="max"/> lines, each no wider than the text's width; what is cut, and the last line when
    /// <paramref name="more"/>, ends in an ellipsis. The cut falls between two text elements, never inside a letter.
    /// </summary>
    private static List<string> Fit(List<string> lines, SKFont font, int max, bool more)
    {
        var kept = lines.Take(max).ToList();
        for (var i = 0; i < kept.Count; i++)
        {
            var cut = i == kept.Count - 1 && (lines.Count > max || more);
            if (!cut && font.MeasureText(kept[i]) <= TextWidth)
            {
                continue;
            }

            // The most text elements that fit with the ellipsis after them, found by halving: a longer text is never
            // narrower, so a few measurements find the cut however long the line.
            var text = kept[i];
            var starts = StringInfo.ParseCombiningCharacters(text);
            int End(int elements) => elements == starts.Length ? text.Length : starts[elements];
            var (fits, fitsNot) = (0, starts.Length + 1);
            while (fitsNot - fits > 1)
            {
                var middle = (fits + fitsNot) / 2;
                (fits, fitsNot) = font.MeasureText(text[..End(middle)] + "…") <= TextWidth ? (middle, fitsNot) : (fits, middle);
            }

            kept[i] = text[..End(fits)].TrimEnd() + "…";
        }

        return kept;
    }

    /// <summary>The start of the text element that holds <paramref name="index"/>, or of the one after when that is the text's start.</summary>
    private static int ElementStart(string text, int index)
    {
        var start = 0;
        while (start + StringInfo.GetNextTextElementLength(text, start) <= index)
        {
            start += StringInfo.GetNextTextElementLength(text, start);
        }

        return start == 0 ? StringInfo.GetNextTextElementLength(text, 0) : start;
    }
}
