using Site.Engine.Diagnostics;

namespace Site.Engine.Model;

/// <summary>Site-wide settings from <c>input/site.yaml</c>.</summary>
/// <param name="Title">The site's name.</param>
/// <param name="Description">The default meta description.</param>
/// <param name="Language">The BCP 47 language of the content, such as <c>en</c>.</param>
/// <param name="BaseUrl">The absolute address the site is published at.</param>
/// <param name="BasePath">The path the site is served under, or null to use the path of <paramref name="BaseUrl"/>.</param>
/// <param name="Couple">The ids of the two people the site is about.</param>
/// <param name="Span">Where the base URL was written.</param>
/// <param name="BasePathSpan">Where the base path was written, or null.</param>
public sealed record SiteSettings(
    string Title,
    string Description,
    string Language,
    string BaseUrl,
    string? BasePath,
    IReadOnlyList<Located<string>> Couple,
    SourceSpan Span,
    SourceSpan? BasePathSpan)
{
    /// <summary>True when the home page, the couple's page, and each work and person page get a share card; the default.</summary>
    public bool ShareCards { get; init; } = true;
}
