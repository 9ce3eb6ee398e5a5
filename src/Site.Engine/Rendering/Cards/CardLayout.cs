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

    /// <summary>The layout of <paramref name="card"/> in <paramref name="typeface"/>.</summary>
    public static CardView Of(ShareCard card, SKTypeface typeface)
    {
        using var kindFont = Font(typeface, KindSize);
        using var siteFont = Font(typeface, SiteNameSize);
        var (size, lines) = TitleLines(card.Title, typeface);
        return new CardView(Fit([card.Kind], kindFont, 1)[0], card.Title, lines, size, Fit([card.SiteName], siteFont, 1)[0]);
    }

    /// <summary>A font of <paramref name="size"/> that measures and draws the same on every machine: no hinting, no subpixel positions.</summary>
    public static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };

    /// <summary>The title at the largest size that fits in the lines there are; at the smallest, cut with an ellipsis.</summary>
    private static (int Size, List<string> Lines) TitleLines(string title, SKTypeface typeface)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var size in TitleSizes)
        {
            using var font = Font(typeface, size);
            var lines = Wrap(words, font);
            if (lines.Count <= MaxLines || size == TitleSizes[^1])
            {
                return (size, Fit(lines, font, MaxLines));
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
                var cut = (int)font.BreakText(line, TextWidth);
                lines.Add(line[..Math.Max(cut, 1)]);
                line = line[Math.Max(cut, 1)..];
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>At most <paramref name="max"/> lines, each no wider than the text's width; what is cut ends in an ellipsis.</summary>
    private static List<string> Fit(List<string> lines, SKFont font, int max)
    {
        var kept = lines.Take(max).ToList();
        for (var i = 0; i < kept.Count; i++)
        {
            var cut = i == kept.Count - 1 && lines.Count > max;
            if (!cut && font.MeasureText(kept[i]) <= TextWidth)
            {
                continue;
            }

            var text = kept[i];
            while (text.Length > 0 && font.MeasureText(text + "…") > TextWidth)
            {
                text = text[..^1];
            }

            kept[i] = text.TrimEnd() + "…";
        }

        return kept;
    }
}
