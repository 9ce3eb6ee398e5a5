using Site.Engine.Model;

namespace Site.Engine.Passages;

/// <summary>
/// Every source article, split into words the first time one is searched: a build whose quotes are all found never
/// pays for it. Safe to use from several threads.
/// </summary>
public sealed class PassageLibrary
{
    /// <summary>How much closer another article's passage must be than the cited one's to be offered as well.</summary>
    public const double ClearlyCloser = 0.2;

    private readonly List<(string SourceId, Lazy<SeedText> Text)> _articles;

    /// <summary>The articles of <paramref name="content"/>'s sources, in the order the sources are listed; each read once.</summary>
    public PassageLibrary(Content content)
    {
        _articles = content.Sources
            .Where(s => content.Seeds.ContainsKey(s.Seed.Value))
            .DistinctBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => (s.Id, new Lazy<SeedText>(() => new SeedText(s.Id, content.Seeds[s.Seed.Value]))))
            .ToList();
    }

    /// <summary>Every article, split into words.</summary>
    public IEnumerable<SeedText> Articles => _articles.Select(a => a.Text.Value);

    /// <summary>
    /// For a quote not found in the article of source <paramref name="sourceId"/>: that article's closest passage, and
    /// another article's passage when it is clearly closer (only when <paramref name="searchOthers"/>); each null when
    /// none is close.
    /// </summary>
    public (Passage? Cited, Passage? Elsewhere) Closest(string quote, string sourceId, bool searchOthers)
    {
        var cited = _articles.Find(a => a.SourceId == sourceId).Text?.Value is { } article ? PassageFinder.Closest(quote, article) : null;
        if (!searchOthers)
        {
            return (cited, null);
        }

        var elsewhere = _articles
            .Where(a => a.SourceId != sourceId)
            .Select(a => PassageFinder.Closest(quote, a.Text.Value))
            .OfType<Passage>()
            .MaxBy(p => p.Similarity);
        return elsewhere is not null && elsewhere.Similarity >= (cited?.Similarity ?? 0) + ClearlyCloser ? (cited, elsewhere) : (cited, null);
    }
}
