using Site.Engine.Validation;

namespace Site.Engine.Passages;

/// <summary>
/// Finds the passages of the articles that hold some words, or words close to them (<c>goat</c> for <c>goats</c>, a
/// letter off), best first: the most of the words, then the fewest words between them. Each passage is the clause
/// around the words, ready to be quoted.
/// </summary>
public static class PassageSearch
{
    /// <summary>The most words from the first word looked for to the last, for them to count as one passage.</summary>
    public const int MaxSpan = 16;

    /// <summary>How far a passage reaches beyond the words looked for, on each side, to take in the rest of their clause.</summary>
    public const int ClauseReach = 8;

    /// <summary>How many words a passage takes in beyond the words looked for on a side where their clause goes on further.</summary>
    private const int FewWords = 3;

    /// <summary>The weight of a close word, against 1 for the word itself.</summary>
    private const double CloseWord = 0.75;

    /// <summary>The passages of <paramref name="articles"/> with the most of <paramref name="words"/>, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<Passage> Find(IReadOnlyList<string> words, IEnumerable<SeedText> articles, int limit)
    {
        var keys = words.SelectMany(WordKeys.KeysOf).Distinct(StringComparer.Ordinal).ToArray();
        if (keys.Length == 0)
        {
            return [];
        }

        var found = new List<(SeedText Article, int Order, int First, int Last, double Score)>();
        var order = 0;
        foreach (var article in articles)
        {
            found.AddRange(Spans(keys, article).Select(s => (article, order, s.First, s.Last, s.Score)));
            order++;
        }

        var chosen = new List<(SeedText Article, int First, int Last, double Score)>();
        foreach (var span in found.OrderByDescending(s => s.Score).ThenBy(s => s.Last - s.First).ThenBy(s => s.Order).ThenBy(s => s.First))
        {
            if (chosen.Count == limit)
            {
                break;
            }

            if (!chosen.Exists(c => c.Article == span.Article && c.First <= span.Last && span.First <= c.Last))
            {
                chosen.Add((span.Article, span.First, span.Last, span.Score));
            }
        }

        return chosen.Select(c => Clause(c.Article, c.First, c.Last, c.Score)).ToList();
    }

    /// <summary>
    /// For each word of the article that is one of the words looked for, the shortest run from it with the most of
    /// them; only runs with at least half of them.
    /// </summary>
    private static IEnumerable<(int First, int Last, double Score)> Spans(string[] keys, SeedText article)
    {
        var hits = new List<(int Position, int Key, double Weight)>();
        for (var k = 0; k < keys.Length; k++)
        {
            foreach (var word in article.Vocabulary)
            {
                if (Likeness(keys[k], word) is > 0 and var weight)
                {
                    hits.AddRange(article.Occurrences(word).Where(p => p >= article.FirstWord).Select(p => (p, k, weight)));
                }
            }
        }

        hits.Sort();
        var best = new double[keys.Length];
        for (var l = 0; l < hits.Count; l++)
        {
            Array.Clear(best);
            (int Last, double Score) run = (hits[l].Position, 0);
            for (var r = l; r < hits.Count && hits[r].Position - hits[l].Position < MaxSpan; r++)
            {
                best[hits[r].Key] = Math.Max(best[hits[r].Key], hits[r].Weight);
                var score = best.Sum() / keys.Length;
                if (score > run.Score)
                {
                    run = (hits[r].Position, score);
                }
            }

            if (run.Score >= 0.5)
            {
                yield return (hits[l].Position, run.Last, run.Score);
            }
        }
    }

    /// <summary>1 for the same word, <see cref="CloseWord"/> for one close to it, else 0.</summary>
    private static double Likeness(string wanted, string word)
    {
        if (wanted == word)
        {
            return 1;
        }

        var shorter = Math.Min(wanted.Length, word.Length);
        if (shorter < 4 || Math.Abs(wanted.Length - word.Length) > 3)
        {
            return 0;
        }

        var isStem = word.StartsWith(wanted, StringComparison.Ordinal) || wanted.StartsWith(word, StringComparison.Ordinal);
        return isStem || WordDistance.AtMost(wanted, word, shorter >= 8 ? 2 : 1) ? CloseWord : 0;
    }

    /// <summary>
    /// The words from <paramref name="first"/> to <paramref name="last"/> with the rest of their clause where it ends
    /// within <see cref="ClauseReach"/> words (else a few words more), and at least enough words to cite.
    /// </summary>
    private static Passage Clause(SeedText article, int first, int last, double score)
    {
        var (a, b) = (first, last);
        while (a > article.FirstWord && first - a < ClauseReach && !article.IsClauseBreakAfter(a - 1))
        {
            a--;
        }

        if (a > article.FirstWord && !article.IsClauseBreakAfter(a - 1))
        {
            a = Math.Max(article.FirstWord, first - FewWords);
        }

        while (b + 1 < article.Words.Count && b - last < ClauseReach && !article.IsClauseBreakAfter(b))
        {
            b++;
        }

        if (b + 1 < article.Words.Count && !article.IsClauseBreakAfter(b))
        {
            b = Math.Min(article.Words.Count - 1, last + FewWords);
        }

        // A clause too short to prove anything takes in the words before it, or else after it.
        while (b - a + 1 < CitationQuotesRule.MinCitationWords && (a > article.FirstWord || b + 1 < article.Words.Count))
        {
            (a, b) = a > article.FirstWord ? (a - 1, b) : (a, b + 1);
        }

        return PassageCutter.Cut(article, a, b, score, like: null);
    }
}
