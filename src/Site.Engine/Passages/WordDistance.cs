namespace Site.Engine.Passages;

/// <summary>Whether two words are a few letters apart, without allocating: it is asked for many pairs of words per quote.</summary>
public static class WordDistance
{
    /// <summary>The longest word compared; longer ones are never a few letters from another.</summary>
    private const int MaxLength = 40;

    /// <summary>True when <paramref name="a"/> becomes <paramref name="b"/> by at most <paramref name="limit"/> letters added, removed or replaced.</summary>
    public static bool AtMost(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit || a.Length > MaxLength || b.Length > MaxLength)
        {
            return false;
        }

        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowBest = Math.Min(rowBest, current[j]);
            }

            // Every later row is at least this row's best, so a row all over the limit settles it.
            if (rowBest > limit)
            {
                return false;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length] <= limit;
    }
}
