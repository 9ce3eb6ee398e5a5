using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Site.Engine.Rendering.Cards;

/// <summary>
/// The site's icon, from one design: the first letter of the site's name, in the theme's font, on a rounded square of
/// its accent. The SVG is the icon browsers prefer; <c>favicon.ico</c> (a 32-pixel PNG inside) is for those that ask
/// the site's root for it. The letter is drawn as a path taken from the font, so the SVG needs no font of its own.
/// </summary>
internal static class SiteIcon
{
    /// <summary>The SVG icon's file, relative to the output folder.</summary>
    public const string SvgPath = "favicon.svg";

    /// <summary>The fallback icon's file, where browsers look for it without being told.</summary>
    public const string IcoPath = "favicon.ico";

    private const int Size = 64;

    /// <summary>The width and height of the PNG inside <c>favicon.ico</c>.</summary>
    public const int IcoSize = 32;

    /// <summary>Names this drawing in the cache's keys: change it with any change below.</summary>
    public const string Version = "icon-1";

    /// <summary>
    /// The outline of the letter of a site named <paramref name="siteName"/>, as SVG path data in ASCII: what the SVG
    /// icon draws, and all of it that is kept in the cache.
    /// </summary>
    public static byte[] PathData(string siteName, SKTypeface typeface)
    {
        using var letter = Letter(siteName, typeface);
        return Encoding.ASCII.GetBytes(letter.ToSvgPathData());
    }

    /// <summary>The SVG icon that draws <paramref name="pathData"/>, which <see cref="CardCache.IsPathData"/> accepts.</summary>
    public static byte[] Svg(ReadOnlySpan<byte> pathData) => RenderedFile.Utf8.GetBytes(string.Create(CultureInfo.InvariantCulture,
        $"""
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Size} {Size}"><rect width="{Size}" height="{Size}" rx="12" fill="{CardColours.AccentCss}"/><path fill="{CardColours.AccentInkCss}" d="{Encoding.ASCII.GetString(pathData)}"/></svg>

        """));

    /// <summary>The ICO icon of a site named <paramref name="siteName"/>.</summary>
    public static byte[] Ico(string siteName, SKTypeface typeface)
    {
        using var letter = Letter(siteName, typeface);
        return Ico(Png(letter));
    }

    /// <summary>The letter's outline, centred in the icon's square of <see cref="Size"/>.</summary>
    private static SKPath Letter(string siteName, SKTypeface typeface)
    {
        var first = siteName.EnumerateRunes().FirstOrDefault(r => Rune.IsLetterOrDigit(r));
        using var font = CardLayout.Font(typeface, 44);
        var path = font.GetTextPath(first == default ? "•" : first.ToString(), new SKPoint(0, 0));
        var bounds = path.Bounds;
        path.Transform(SKMatrix.CreateTranslation(
            MathF.Round((Size / 2f) - bounds.MidX, 2), MathF.Round((Size / 2f) - bounds.MidY, 2)));
        return path;
    }

    private static byte[] Png(SKPath letter)
    {
        using var surface = SKSurface.Create(new SKImageInfo(IcoSize, IcoSize, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        canvas.Scale(IcoSize / (float)Size);
        using var paint = new SKPaint { IsAntialias = true, Color = CardColours.Accent };
        canvas.DrawRoundRect(0, 0, Size, Size, 12, 12, paint);
        paint.Color = CardColours.AccentInk;
        canvas.DrawPath(letter, paint);
        return CardDesign.Png(surface);
    }

    /// <summary>An ICO file holding one PNG image: a 6-byte header and one 16-byte directory entry before it.</summary>
    private static byte[] Ico(byte[] png)
    {
        var ico = new byte[22 + png.Length];
        var span = ico.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], 1);
        span[6] = IcoSize;
        span[7] = IcoSize;
        BinaryPrimitives.WriteUInt16LittleEndian(span[10..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(span[12..], 32);
        BinaryPrimitives.WriteUInt32LittleEndian(span[14..], (uint)png.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(span[18..], 22);
        png.CopyTo(span[22..]);
        return ico;
    }
}
