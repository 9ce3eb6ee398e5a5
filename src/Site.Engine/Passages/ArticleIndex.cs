namespace Site.Engine.Passages;

/// <summary>
/// Which articles hold each word: for a misquote, the few other articles worth searching are those that share the most
/// of its words, so a site of thousands of articles searches a handful for each.
/// </summary>
public sealed class ArticleIndex
{
    /// <summary>The longest word indexed; longer runs of letters (an address, say) never decide which article is closer.</summary>
    private const int MaxWord = 64;

    private readonly Dictionary<string, List<int>> _articles;
    private readonly int _count;

    /// <summary>Indexes the words of <paramref name="texts"/>, each article by its place in the list.</summary>
    public ArticleIndex(IReadOnlyList<string> texts)
    {
        // Runs of articles are indexed on every core, then joined in order, so each word's articles stay in list order.
        _count = texts.Count;
        var runs = Math.Clamp(texts.Count / 16, 1, Environment.ProcessorCount);
        var parts = new Dictionary<string, List<int>>[runs];
        Parallel.For(0, runs, r => parts[r] = Index(texts, r * texts.Count / runs, (r + 1) * texts.Count / runs));
        _articles = parts[0];
        foreach (var part in parts.Skip(1))
        {
            foreach (var (key, holders) in part)
            {
                if (_articles.TryGetValue(key, out var all))
                {
                    all.AddRange(holders);
                }
                else
                {
                    _articles[key] = holders;
                }
            }
        }
    }

    /// <summary>
    /// Up to <paramref name="count"/> articles other than <paramref name="except"/> that hold at least
    /// <paramref name="atLeast"/> of <paramref name="keys"/>, those holding the most first, then in list order. A word
    /// that most articles hold tells none of them apart: unless the quote has no rarer word, it is not looked up.
    /// </summary>
    public IReadOnlyList<int> Sharing(IReadOnlyList<string> keys, int except, int atLeast, int count)
    {
        var holders = keys.Distinct(StringComparer.Ordinal).Select(k => _articles.GetValueOrDefault(k) ?? []).ToList();
        var hasRareWord = holders.Exists(h => h.Count > 0 && h.Count <= _count / 2);
        var shared = new int[_count];
        var common = 0;
        foreach (var articles in holders)
        {
            // A common word is taken to be in every article: it cannot tell them apart, and counting it would cost the most.
            if (hasRareWord && articles.Count > _count / 2)
            {
                common++;
                continue;
            }

            foreach (var article in articles)
            {
                shared[article]++;
            }
        }

        return Enumerable.Range(0, _count)
            .Where(a => a != except && shared[a] > 0 && shared[a] + common >= atLeast)
            .OrderByDescending(a => shared[a]).ThenBy(a => a)
            .Take(count)
            .ToList();
    }

    /// <summary>The articles from <paramref name="from"/> to <paramref name="to"/> (exclusive) that hold each word.</summary>
    private static Dictionary<string, List<int>> Index(IReadOnlyList<string> texts, int from, int to)
    {
        // Words are folded into one buffer and looked up as spans: a string is made only for a word not seen before.
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[MaxWord];
        for (var article = from; article < to; article++)
        {
            var text = texts[article];
            var at = 0;
            while (WordKeys.Next(text, ref at, out var start))
            {
                var length = at - start > MaxWord ? 0 : WordKeys.Fold(text.AsSpan(start, at - start), buffer);
                if (length == 0)
                {
                    continue;
                }

                if (!lookup.TryGetValue(buffer[..length], out var holders))
                {
                    lookup[buffer[..length]] = holders = [];
                }

                if (holders.Count == 0 || holders[^1] != article)
                {
                    holders.Add(article);
                }
            }
        }

        return index;
    }
}
