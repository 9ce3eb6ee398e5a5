namespace Site.Engine.Rendering.Cards;

/// <summary>
/// What a share card shows, laid out for its design (<c>theme/Cards/ShareCardImage.razor</c>): the text already cut into
/// lines that fit, measured in the theme's font, so that the design only places them.
/// </summary>
/// <param name="Kind">What kind of page it is, on one line.</param>
/// <param name="Title">The page's whole title, for the image's own title.</param>
/// <param name="TitleLines">The title in the lines it is shown in, the last cut with an ellipsis if it did not fit.</param>
/// <param name="TitleSize">The title's font size in pixels, the largest at which it fits.</param>
/// <param name="SiteName">The site's name, on one line.</param>
public sealed record CardView(string Kind, string Title, IReadOnlyList<string> TitleLines, int TitleSize, string SiteName)
{
    /// <summary>The card's width in pixels.</summary>
    public const int Width = ShareCard.Width;

    /// <summary>The card's height in pixels.</summary>
    public const int Height = ShareCard.Height;

    /// <summary>The margin left of the text, and right of it, in pixels.</summary>
    public const int Margin = 80;

    /// <summary>The width the text may take, in pixels: the card's, less its margins.</summary>
    public const int TextWidth = Width - (2 * Margin);

    /// <summary>The font size of the kind, in pixels.</summary>
    public const int KindSize = 34;

    /// <summary>The font size of the site's name, in pixels.</summary>
    public const int SiteNameSize = 40;

    /// <summary>The distance between the title's lines, in pixels.</summary>
    public int TitleLineHeight => TitleSize * 118 / 100;
}
