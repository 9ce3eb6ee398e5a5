using System.Text.Json.Nodes;
using Site.Engine.Linking;
using Site.Engine.Rendering.Cards;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering;

/// <summary>
/// Builds what every page tells browsers and search engines about itself: title, description, canonical address,
/// breadcrumbs and schema.org JSON-LD (through <see cref="Data"/>).
/// </summary>
/// <param name="graph">The linked content.</param>
/// <param name="urls">The site's addresses.</param>
/// <param name="navigation">The site's sections, whose home page starts every breadcrumb trail.</param>
/// <param name="cards">The pages' share cards.</param>
internal sealed class PageMetadata(SiteGraph graph, SiteUrls urls, Navigation navigation, ShareCards cards)
{
    /// <summary>The most characters of a description that search engines show.</summary>
    private const int MaxDescription = 160;

    /// <summary>The JSON-LD of the things pages are about.</summary>
    public StructuredData Data { get; } = new(graph, urls);

    /// <summary>
    /// A page's metadata. A detail page, with <paramref name="parents"/> (the pages between home and it), also gets a
    /// breadcrumb trail, and a BreadcrumbList after its <paramref name="data"/>.
    /// </summary>
    public PageMeta Of(string title, string description, string path, LinkView? section, LinkView[]? parents = null,
        string openGraphType = "website", JsonObject? data = null)
    {
        LinkView[] trail = parents is null ? [] : [navigation.Home, .. parents];
        var jsonLd = new List<string>();
        if (data is not null)
        {
            jsonLd.Add(StructuredData.Serialize(data));
        }

        if (trail.Length > 0)
        {
            jsonLd.Add(StructuredData.Serialize(Data.Breadcrumbs(trail, title, path)));
        }

        return new PageMeta(title, Shorten(description), path, section, trail, urls.Absolute(path), openGraphType, jsonLd, urls.Feed)
        {
            Card = cards.Of(path),
        };
    }

    /// <summary>The metadata of the page of a section, titled as the navigation names it.</summary>
    public PageMeta Section(LinkView section, string description) => Of(section.Text, description, section.Href, section);

    /// <summary>The metadata of a section's page that lists a collection (works, people, sources), with its CollectionPage data.</summary>
    public PageMeta Collection(LinkView section, string description) =>
        Of(section.Text, description, section.Href, section, data: Data.Collection(section.Text, section.Href, description));

    /// <summary>The metadata of a detail page in a section, such as one work's: the section is its parent in the breadcrumb trail.</summary>
    public PageMeta Detail(string title, string description, string path, LinkView section, string openGraphType, JsonObject data) =>
        Of(title, description, path, section, [section], openGraphType, data);

    /// <summary>Cuts a description to what search engines show, at a word boundary.</summary>
    private static string Shorten(string text)
    {
        if (text.Length <= MaxDescription)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxDescription - 1);
        return text[..(cut > 80 ? cut : MaxDescription - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
