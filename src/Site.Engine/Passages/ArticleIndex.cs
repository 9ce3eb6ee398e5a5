namespace Site.Engine.Passages;

/// <summary>
/// Which articles hold each word: for a misquote, the few other articles worth searching are those that share the most
/// of its words, so a site of thousands of articles searches a handful for each.
/// </summary>
public sealed class ArticleIndex
{
    /// <summary>The longest word indexed; longer runs of letters (an address, say) never decide which article is closer.</summary>
    private const int MaxWord = 64;

    private readonly Dictionary<string, List<int>> _articles = new(StringComparer.Ordinal);
    private readonly int _count;

    /// <summary>Indexes the words of <paramref name="texts"/>, each article by its place in the list.</summary>
    public ArticleIndex(IReadOnlyList<string> texts)
    {
        // Words are folded into one buffer and looked up as spans: a string is made only for a word not seen before.
        var lookup = _articles.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[MaxWord];
        _count = texts.Count;
        for (var article = 0; article < texts.Count; article++)
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
    }

    /// <summary>
    /// Up to <paramref name="count"/> articles other than <paramref name="except"/> that hold at least
    /// <paramref name="atLeast"/> of <paramref name="keys"/>, those holding the most first, then in list order.
    /// </summary>
    public IReadOnlyList<int> Sharing(IReadOnlyList<string> keys, int except, int atLeast, int count)
    {
        var shared = new int[_count];
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            foreach (var article in _articles.GetValueOrDefault(key) ?? [])
            {
                shared[article]++;
            }
        }

        return Enumerable.Range(0, _count)
            .Where(a => a != except && shared[a] >= Math.Max(1, atLeast))
            .OrderByDescending(a => shared[a]).ThenBy(a => a)
            .Take(count)
            .ToList();
    }
}
