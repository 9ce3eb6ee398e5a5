namespace Site.Engine.Rendering.Views;

/// <summary>What the layout shows around every page: site name, language, navigation and asset addresses.</summary>
/// <param name="SiteTitle">The site's name.</param>
/// <param name="Couple">The names of the people the site is about, as a sentence says them together: "Ann and Bob".</param>
/// <param name="Language">The content language.</param>
/// <param name="StylesheetHref">The stylesheet's address.</param>
/// <param name="Navigation">The site's sections.</param>
/// <param name="SourcesNote">The footer's note on sources and citations.</param>
/// <param name="IconHref">The site's icon, an SVG.</param>
/// <param name="IconFallbackHref">The site's icon for browsers without SVG icons, <c>favicon.ico</c>.</param>
public sealed record SiteChrome(
    string SiteTitle,
    string Couple,
    string Language,
    string StylesheetHref,
    Navigation Navigation,
    string SourcesNote,
    string IconHref,
    string IconFallbackHref);
