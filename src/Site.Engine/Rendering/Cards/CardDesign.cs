using SkiaSharp;
using Svg.Skia;
using Svg.Skia.TypefaceProviders;

namespace Site.Engine.Rendering.Cards;

/// <summary>
/// Draws a share card from its design, an SVG the theme renders (<c>theme/Cards/ShareCardImage.razor</c>), with
/// Svg.Skia. Every glyph comes from the one font the theme supplies, whatever family the SVG names, never from the
/// system, and the PNG is encoded with fixed settings, so the same card is the same bytes on any machine.
/// </summary>
internal static class CardDesign
{
    /// <summary>Names this drawing in the cache's keys (beside the SVG itself): change it with any change below.</summary>
    public const string Version = "share-card-svg-2";

    /// <summary>The PNG of the card whose design is <paramref name="svg"/>, its text in <paramref name="typeface"/>.</summary>
    public static byte[] Draw(string svg, SKTypeface typeface)
    {
        using var drawing = new SKSvg();
        drawing.Settings.TypefaceProviders = [new OnlyTheme(typeface)];
        var picture = drawing.FromSvg(svg) ?? throw new InvalidOperationException("Bug: the theme's share card is not an SVG that Svg.Skia can draw.");
        using var surface = SKSurface.Create(new SKImageInfo(ShareCard.Width, ShareCard.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        surface.Canvas.Clear(CardColours.Paper);
        surface.Canvas.DrawPicture(picture);
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

    /// <summary>The theme's font for every family, weight and style an SVG asks for.</summary>
    private sealed class OnlyTheme(SKTypeface typeface) : ITypefaceProvider
    {
        public SKTypeface FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle) =>
            typeface;
    }
}
