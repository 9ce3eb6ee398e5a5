using SkiaSharp;

namespace Site.Engine.Rendering.Cards;

/// <summary>The site's colours (the light scheme of <c>theme/assets/site.css</c>), for the images drawn at build time.</summary>
public static class CardColours
{
    /// <summary>The page's background, <c>--paper</c>.</summary>
    public static readonly SKColor Paper = SKColor.Parse("#fbf8f3");

    /// <summary>The text, <c>--ink</c>.</summary>
    public static readonly SKColor Ink = SKColor.Parse("#1d1a16");

    /// <summary>The accent, <c>--accent</c>: 7.0:1 against the paper, and 7.4:1 under white text.</summary>
    public static readonly SKColor Accent = SKColor.Parse("#9c2f1b");

    /// <summary>Text on the accent, <c>--accent-ink</c>.</summary>
    public static readonly SKColor AccentInk = SKColor.Parse("#ffffff");

    /// <summary>Rules between parts, <c>--rule</c>.</summary>
    public static readonly SKColor Rule = SKColor.Parse("#e4dccf");

    /// <summary>The page's background as CSS writes it, for the share card's SVG.</summary>
    public const string PaperCss = "#fbf8f3";

    /// <summary>The text as CSS writes it, for the share card's SVG.</summary>
    public const string InkCss = "#1d1a16";

    /// <summary>The accent as CSS writes it, for the SVG icon and the share card.</summary>
    public const string AccentCss = "#9c2f1b";

    /// <summary>Text on the accent as CSS writes it, for the SVG icon and the share card.</summary>
    public const string AccentInkCss = "#fff";
}
