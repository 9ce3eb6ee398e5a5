using Site.Engine.Linking;
using Site.Engine.Model;
using SkiaSharp;

namespace Site.Engine.Rendering.Cards;

/// <summary>
/// The share cards of the site, one for the home page, the couple's page, and each work and person page (none when
/// <c>share_cards: false</c>), by the address of their page; and the site's icon, drawn from the same font.
/// </summary>
internal sealed class ShareCards
{
    private readonly Dictionary<string, ShareCard> _byPage = new(StringComparer.Ordinal);

    /// <summary>Plans the cards of <paramref name="graph"/> at <paramref name="urls"/>; nothing is drawn yet.</summary>
    public ShareCards(SiteGraph graph, SiteUrls urls)
    {
        SiteName = graph.Settings.Title;
        if (!graph.Settings.ShareCards)
        {
            return;
        }

        var pages = graph.Content.Pages;
        var home = pages.FirstOrDefault(p => p.IsHome);
        Add(urls, urls.Home, "cards/home.png", "Home", home?.Title ?? SiteName);
        if (pages.Any(p => p.Slug == Page.CoupleSlug))
        {
            Add(urls, urls.Couple, "cards/couple.png", "The couple", ViewParts.Listed(graph.Couple.Select(p => p.Name)));
        }

        foreach (var work in graph.Content.Works)
        {
            var kind = work.Year is { } year ? $"{work.Kind.Label()} · {year.Display}" : work.Kind.Label();
            Add(urls, urls.Work(work.Id), $"cards/works/{work.Id}.png", kind, work.Title);
        }

        foreach (var person in graph.Content.People)
        {
            Add(urls, urls.Person(person.Id), $"cards/people/{person.Id}.png", "Person", person.Name);
        }
    }

    /// <summary>The site's name, which every card and the icon show.</summary>
    public string SiteName { get; }

    /// <summary>The card of the page at <paramref name="path"/>, or null when it has none.</summary>
    public ShareCard? Of(string path) => _byPage.GetValueOrDefault(path);

    /// <summary>
    /// The PNG of every card, each taken from <paramref name="cache"/> or drawn (and kept there), then the icon's files,
    /// all in <paramref name="font"/>.
    /// </summary>
    public IEnumerable<RenderedFile> Render(ReadOnlyMemory<byte> font, CardCache cache)
    {
        using var data = SKData.CreateCopy(font.Span);
        using var typeface = SKTypeface.FromData(data)
            ?? throw new InvalidDataException("The theme's font for share cards is not a font file Skia can read.");
        var fontHash = CardCache.FontHash(font.Span);

        // Drawn on every core, handed on in order, each as soon as it and those before it are done.
        var cards = _byPage.Values.OrderBy(c => c.OutputPath, StringComparer.Ordinal).AsParallel().AsOrdered()
            .Select(card => new RenderedFile(card.OutputPath, CachedOrDrawn(card, typeface, fontHash, cache)));
        foreach (var file in cards)
        {
            yield return file;
        }

        foreach (var file in SiteIcon.Render(SiteName, typeface))
        {
            yield return file;
        }
    }

    /// <summary>The card's PNG from the cache, or drawn now and kept there.</summary>
    private static byte[] CachedOrDrawn(ShareCard card, SKTypeface typeface, string fontHash, CardCache cache)
    {
        var key = CardCache.Key(card, fontHash);
        if (cache.Read(key) is { } kept)
        {
            return kept;
        }

        var png = CardDesign.Draw(card, typeface);
        cache.Write(key, png);
        return png;
    }

    private void Add(SiteUrls urls, string path, string outputPath, string kind, string title) =>
        _byPage[path] = new ShareCard(outputPath, urls.Absolute(urls.Href(outputPath)), kind, title, SiteName);
}
