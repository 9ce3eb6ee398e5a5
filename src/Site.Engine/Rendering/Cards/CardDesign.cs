using SkiaSharp;

namespace Site.Engine.Rendering.Cards;

/// <summary>
/// Draws a share card: the page's kind above its title, on the site's paper, and the site's name on a band of its
/// accent below. Every glyph comes from the one font the theme supplies, never from the system, and the PNG is encoded
/// with fixed settings, so the same card is the same bytes on any machine.
/// </summary>
internal static class CardDesign
{
    /// <summary>Names this drawing in the cache's keys: change it with any change below, so that every card is redrawn.</summary>
    public const string Version = "share-card-2";

    private const float Margin = 80;
    private const float TextWidth = ShareCard.Width - (2 * Margin);
    private const float BandTop = 510;
    private const float KindBaseline = 150;
    private const int MaxLines = 3;
    private static readonly float[] TitleSizes = [84, 72, 62, 54];

    /// <summary>The PNG of <paramref name="card"/>, its text in <paramref name="typeface"/>.</summary>
    public static byte[] Draw(ShareCard card, SKTypeface typeface)
    {
        using var surface = SKSurface.Create(new SKImageInfo(ShareCard.Width, ShareCard.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        canvas.Clear(CardColours.Paper);
        using var paint = new SKPaint { IsAntialias = true, Color = CardColours.Accent };
        canvas.DrawRect(Margin, KindBaseline - 70, 96, 8, paint);
        canvas.DrawRect(0, BandTop, ShareCard.Width, ShareCard.Height - BandTop, paint);

        using var kindFont = Font(typeface, 34);
        canvas.DrawText(Fit([card.Kind], kindFont, 1)[0], Margin, KindBaseline, SKTextAlign.Left, kindFont, paint);

        paint.Color = CardColours.Ink;
        var (titleFont, lines) = TitleLines(card.Title, typeface);
        using (titleFont)
        {
            var lineHeight = titleFont.Size * 1.18f;
            for (var i = 0; i < lines.Count; i++)
            {
                canvas.DrawText(lines[i], Margin, KindBaseline + 40 + titleFont.Size + (i * lineHeight), SKTextAlign.Left, titleFont, paint);
            }
        }

        paint.Color = CardColours.AccentInk;
        using var siteFont = Font(typeface, 40);
        canvas.DrawText(Fit([card.SiteName], siteFont, 1)[0], Margin, BandTop + 74, SKTextAlign.Left, siteFont, paint);

        return Png(surface);
    }

    /// <summary>
    /// What <paramref name="surface"/> shows, as a PNG encoded with fixed settings. Encoding is most of a card's time:
    /// rows unfiltered, which on flat colours gives the smallest file, twice as fast as trying every filter.
    /// </summary>
    public static byte[] Png(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.None, 6))
            ?? throw new InvalidOperationException("Bug: Skia could not encode a PNG of a surface it drew.");
        return png.ToArray();
    }

    /// <summary>A font of <paramref name="size"/> that draws the same on every machine: no hinting, no subpixel positions.</summary>
    public static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };

    /// <summary>The title at the largest size that fits in the lines there are; at the smallest, cut with an ellipsis.</summary>
    private static (SKFont Font, List<string> Lines) TitleLines(string title, SKTypeface typeface)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var size in TitleSizes)
        {
            var font = Font(typeface, size);
            var lines = Wrap(words, font);
            if (lines.Count <= MaxLines || size == TitleSizes[^1])
            {
                return (font, Fit(lines, font, MaxLines));
            }

            font.Dispose();
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
