namespace Site.Engine.Passages;

/// <summary>
/// Aligns the words of a quote with a stretch of an article, word by word (a local alignment: the whole quote
/// against the best-matching run of the article's words), so that a misquote finds the passage it was meant to be.
/// </summary>
public static class WordAlignment
{
    /// <summary>
    /// The run of the article's words from <paramref name="from"/> to <paramref name="to"/> (exclusive) that the
    /// quote's words align with at the least cost: each word left out, added or replaced costs 1, a misspelt one 1/2.
    /// Returns the run's first and last word and the cost.
    /// </summary>
    public static (int First, int Last, double Cost) Align(IReadOnlyList<string> quote, IReadOnlyList<Word> words, int from, int to)
    {
        var n = to - from;
        var previous = new double[n + 1];
        var current = new double[n + 1];
        var previousStart = new int[n + 1];
        var currentStart = new int[n + 1];

        // The quote may start anywhere in the stretch at no cost.
        for (var j = 0; j <= n; j++)
        {
            previousStart[j] = j;
        }

        for (var i = 1; i <= quote.Count; i++)
        {
            current[0] = i;
            currentStart[0] = 0;
            for (var j = 1; j <= n; j++)
            {
                var (cost, start) = (previous[j - 1] + Cost(quote[i - 1], words[from + j - 1].Key), previousStart[j - 1]);
                if (previous[j] + 1 < cost)
                {
                    (cost, start) = (previous[j] + 1, previousStart[j]);
                }

                if (current[j - 1] + 1 < cost)
                {
                    (cost, start) = (current[j - 1] + 1, currentStart[j - 1]);
                }

                (current[j], currentStart[j]) = (cost, start);
            }

            (previous, current) = (current, previous);
            (previousStart, currentStart) = (currentStart, previousStart);
        }

        // It may end anywhere too; of equal costs, the run as long as the quote wins (a word replaced rather than left
        // out), then the earlier.
        var best = 1;
        for (var j = 2; j <= n; j++)
        {
            var (length, bestLength) = (j - previousStart[j], best - previousStart[best]);
            if (previous[j] < previous[best]
                || (previous[j] == previous[best] && Math.Abs(length - quote.Count) < Math.Abs(bestLength - quote.Count)))
            {
                best = j;
            }
        }

        return (from + previousStart[best], from + best - 1, previous[best]);
    }

    /// <summary>0 for the same word, 1/2 for one misspelt (a letter or two off in a longer word), else 1.</summary>
    private static double Cost(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        // One letter off never changes both the first and the last letter of a word of four or more.
        var shorter = Math.Min(a.Length, b.Length);
        var limit = Math.Max(1, shorter / 4);
        var isMisspelt = shorter >= 4 && (limit > 1 || a[0] == b[0] || a[^1] == b[^1]) && WordDistance.AtMost(a, b, limit);
        return isMisspelt ? 0.5 : 1;
    }
}
