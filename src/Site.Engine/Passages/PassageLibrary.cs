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

    /// <summary>How many other articles, those sharing the most of a misquote's words, are searched for it.</summary>
    private const int OthersSearched = 4;

    private readonly List<(string SourceId, Seed Seed, Lazy<SeedText> Text)> _articles;
    private readonly Lazy<ArticleIndex> _index;

    /// <summary>The articles of <paramref name="content"/>'s sources, in the order the sources are listed; each read once.</summary>
    public PassageLibrary(Content content)
    {
        _articles = content.Sources
            .Where(s => content.Seeds.ContainsKey(s.Seed.Value))
            .DistinctBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => (s.Id, Seed: content.Seeds[s.Seed.Value]))
            .Select(a => (a.Id, a.Seed, new Lazy<SeedText>(() => new SeedText(a.Id, a.Seed))))
            .ToList();
        _index = new(() => new ArticleIndex(_articles.Select(a => a.Seed.Text).ToList()));
    }

    /// <summary>Every article, split into words.</summary>
    public IEnumerable<SeedText> Articles => _articles.Select(a => a.Text.Value);

    /// <summary>
    /// For a quote not found in the article of source <paramref name="sourceId"/>: that article's closest passage, and
    /// another article's passage when it is clearly closer or the very words (only when <paramref name="searchOthers"/>);
    /// each null when none is close. Of the other articles, only those that share the most of the quote's words are searched.
    /// </summary>
    public (Passage? Cited, Passage? Elsewhere) Closest(string quote, string sourceId, bool searchOthers)
    {
        var own = _articles.FindIndex(a => a.SourceId == sourceId);
        var cited = own >= 0 ? PassageFinder.Closest(quote, _articles[own].Text.Value) : null;
        if (!searchOthers)
        {
            return (cited, null);
        }

        // Another article is offered only when it is clearly closer, or holds the very words: when the cited one is close
        // already, only one that holds them can be, and a plain search finds those.
        var needed = Math.Min(1, (cited?.Similarity ?? 0) + ClearlyCloser);
        var keys = WordKeys.KeysOf(quote);
        var elsewhere = _index.Value.Sharing(keys, own, PassageFinder.VotesNeeded(keys.Length), OthersSearched)
            .Where(a => needed < 1 || _articles[a].Seed.Contains(quote))
            .Select(a => PassageFinder.Closest(quote, _articles[a].Text.Value))
            .OfType<Passage>()
            .MaxBy(p => p.Similarity);
        return elsewhere is not null && elsewhere.Similarity >= needed ? (cited, elsewhere) : (cited, null);
    }
}
