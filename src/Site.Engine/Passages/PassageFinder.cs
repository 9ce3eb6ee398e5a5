namespace Site.Engine.Passages;

/// <summary>
/// Finds the passage of an article closest to a quote that is not in it. The article's word index gives the few places
/// where the quote's words occur in its order (each occurrence votes for where the quote would start), and only those
/// are aligned word by word, so a search costs about as much as the quote is long, however long the article.
/// </summary>
public static class PassageFinder
{
    /// <summary>How close a passage must be to be offered: below this, fewer than about half its words are the quote's.</summary>
    public const double MinSimilarity = 0.5;

    /// <summary>How many of the most-voted places are aligned.</summary>
    private const int Candidates = 4;

    /// <summary>How far apart two places may be for their votes to add up: a few words left out or added.</summary>
    private const int Shift = 2;

    /// <summary>A word that occurs more often than this votes only when the quote has no rarer word.</summary>
    private const int CommonWord = 500;

    /// <summary>The passage of <paramref name="article"/> closest to <paramref name="quote"/>, or null when none is close.</summary>
    public static Passage? Closest(string quote, SeedText article)
    {
        var keys = WordKeys.KeysOf(quote);
        if (keys.Length == 0 || article.Words.Count == 0)
        {
            return null;
        }

        (int First, int Last, double Similarity)? best = null;
        var slack = Math.Max(3, keys.Length / 2);
        foreach (var start in Starts(keys, article))
        {
            var from = Math.Max(0, start - slack);
            var to = Math.Min(article.Words.Count, start + keys.Length + slack);
            var (first, last, cost) = WordAlignment.Align(keys, article.Words, from, to);
            if (first > last)
            {
                continue;
            }

            var similarity = 1 - (cost / Math.Max(keys.Length, last - first + 1));
            if (best is null || similarity > best.Value.Similarity || (similarity == best.Value.Similarity && first < best.Value.First))
            {
                best = (first, last, similarity);
            }
        }

        return best is { } found && found.Similarity >= MinSimilarity
            ? PassageCutter.Cut(article, found.First, found.Last, found.Similarity, quote)
            : null;
    }

    /// <summary>How many of a quote's words a passage must share to be worth aligning with it: a quarter of them.</summary>
    public static int VotesNeeded(int words) => (words + 3) / 4;

    /// <summary>
    /// The places where the quote most likely starts, most-voted first. Each occurrence of its i-th word at word p votes
    /// for p - i, and a place counts the votes of its neighbours too (a word left out or added shifts the rest). A place
    /// needs the votes of a quarter of the quote's words, and half as many as the best place, to be worth aligning.
    /// </summary>
    private static IEnumerable<int> Starts(string[] keys, SeedText article)
    {
        var occurrences = keys.Select(article.Occurrences).ToArray();
        var hasRareWord = occurrences.Any(o => o.Count is > 0 and <= CommonWord);
        var votes = new Dictionary<int, int>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (hasRareWord && occurrences[i].Count > CommonWord)
            {
                continue;
            }

            foreach (var position in occurrences[i])
            {
                votes[position - i] = votes.GetValueOrDefault(position - i) + 1;
            }
        }

        var places = votes
            .Select(v => (Start: v.Key, Votes: v.Value, Near: Enumerable.Range(v.Key - Shift, (2 * Shift) + 1).Sum(votes.GetValueOrDefault)))
            .OrderByDescending(p => p.Near).ThenByDescending(p => p.Votes).ThenBy(p => p.Start)
            .ToList();
        var needed = Math.Max(VotesNeeded(keys.Length), places.Count > 0 ? (places[0].Near + 1) / 2 : 0);
        return places.TakeWhile(p => p.Near >= needed).Take(Candidates).Select(p => p.Start);
    }
}
