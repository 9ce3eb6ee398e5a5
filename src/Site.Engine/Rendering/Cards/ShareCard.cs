namespace Site.Engine.Rendering.Cards;

/// <summary>
/// The image a page shows where a link to it is shared (Open Graph and Twitter cards): what it says, where it is written,
/// and its published address.
/// </summary>
/// <param name="OutputPath">The PNG file, relative to the output folder.</param>
/// <param name="Url">The file's published, absolute address.</param>
/// <param name="Kind">What kind of page it is, such as <c>Film · 1988</c> or <c>Person</c>.</param>
/// <param name="Title">What the page is about.</param>
/// <param name="SiteName">The site's name.</param>
public sealed record ShareCard(string OutputPath, string Url, string Kind, string Title, string SiteName)
{
    /// <summary>The card's width in pixels, the size Open Graph and Twitter show large.</summary>
    public const int Width = 1200;

    /// <summary>The card's height in pixels.</summary>
    public const int Height = 630;

    /// <summary>The card's text alternative: everything it shows, in words.</summary>
    public string Alt => $"{Title}: {Kind}, on {SiteName}";
}
