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
    /// <summary>A card of fixed text, whose SVG names the design in the cache's keys.</summary>
    private static readonly CardView DesignSample = new("Kind", "Title", ["Title"], 84, "Site");

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
    /// The PNG of every card, then the icon's files. Each card is taken from <paramref name="cache"/> by its text, the
    /// font and the design; only a card not found there is laid out in <paramref name="font"/>, designed as SVG by
    /// <paramref name="design"/>, drawn and kept. So a build whose cards are all in the cache loads no font and no Skia.
    /// </summary>
    public IEnumerable<RenderedFile> Render(ReadOnlyMemory<byte> font, Func<CardView, string> design, CardCache cache)
    {
        var fontHash = CardCache.FontHash(font.Span);
        // The design's own SVG for a card of fixed text stands for the design in every key: a change to it redraws all.
        var designSvg = design(DesignSample);
        var typeface = new Lazy<SKTypeface>(() => Load(font));
        try
        {
            // Those kept are read first, one by one, in order; those not kept are then drawn on every core, the calling
            // thread among them, so that the drawing never waits for the thread pool, which the pages keep busy.
            var cards = _byPage.Values.OrderBy(c => c.OutputPath, StringComparer.Ordinal).ToList();
            var keys = cards.Select(card => CardCache.Key(".png", CardDesign.Version, fontHash, designSvg, card.Kind, card.Title, card.SiteName)).ToList();
            var images = keys.Select(key => cache.Kept(key, CardCache.IsCardPng)).ToArray();
            var missing = Enumerable.Range(0, cards.Count).Where(i => images[i] is null).ToList();
            if (missing.Count > 0)
            {
                Parallel.ForEach(missing, i => images[i] = cache.Keep(keys[i], CardDesign.Draw(design(CardLayout.Of(cards[i], typeface.Value)), typeface.Value)));
            }

            for (var i = 0; i < cards.Count; i++)
            {
                yield return new RenderedFile(cards[i].OutputPath, images[i]!);
            }

            // Of the SVG icon only the letter's outline is kept: the SVG around it is the build's own every time.
            var letter = cache.KeptOrDrawn(CardCache.Key(".path", SiteIcon.Version, fontHash, SiteName), CardCache.IsPathData,
                () => SiteIcon.PathData(SiteName, typeface.Value));
            yield return new RenderedFile(SiteIcon.SvgPath, SiteIcon.Svg(letter));
            yield return new RenderedFile(SiteIcon.IcoPath, cache.KeptOrDrawn(
                CardCache.Key(".ico", SiteIcon.Version, fontHash, SiteName), CardCache.IsIconIco, () => SiteIcon.Ico(SiteName, typeface.Value)));
        }
        finally
        {
            if (typeface.IsValueCreated)
            {
                typeface.Value.Dispose();
            }
        }
    }

    private static SKTypeface Load(ReadOnlyMemory<byte> font)
    {
        using var data = SKData.CreateCopy(font.Span);
        return SKTypeface.FromData(data) ?? throw new InvalidDataException("The theme's font for share cards is not a font file Skia can read.");
    }

    private void Add(SiteUrls urls, string path, string outputPath, string kind, string title) =>
        _byPage[path] = new ShareCard(outputPath, urls.Absolute(urls.Href(outputPath)), kind, title, SiteName);
}
