using System.Buffers;
using Site.Engine.Model;

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
            ? PassageOf(article, found.First, found.Last, found.Similarity, quote)
            : null;
    }

    /// <summary>
    /// The passage of the article's words <paramref name="first"/> to <paramref name="last"/>. Of the punctuation at
    /// either end (quotation marks, a comma), only as much is kept as <paramref name="like"/> has there too; with no
    /// <paramref name="like"/>, only what keeps the passage's quotation marks paired.
    /// </summary>
    public static Passage PassageOf(SeedText article, int first, int last, double similarity, string? like)
    {
        var text = article.Seed.Text;
        var (start, end) = (article.Words[first].Start, article.Words[last].End);
        var quote = (like ?? string.Empty).AsSpan().Trim();
        var words = text.AsSpan(start, end - start);
        var (passageLead, passageTail) = PunctuationAround(words);
        var (quoteLead, quoteTail) = PunctuationAround(quote);

        // Leading punctuation is matched from the first letter outwards, trailing from the last letter outwards.
        var keptLead = 0;
        while (keptLead < Math.Min(passageLead, quoteLead)
            && Same(words[passageLead - 1 - keptLead], quote[quoteLead - 1 - keptLead]))
        {
            keptLead++;
        }

        var keptTail = 0;
        while (keptTail < Math.Min(passageTail, quoteTail)
            && Same(words[words.Length - passageTail + keptTail], quote[quote.Length - quoteTail + keptTail]))
        {
            keptTail++;
        }

        var (wordsStart, wordsEnd) = (start, end);
        (start, end) = (start + passageLead - keptLead, end - passageTail + keptTail);

        // A quotation mark opened in the passage is closed in it too (with the comma the article sets before it), and
        // one closed is opened.
        if (like is null && CountOf(QuotationMarks, text.AsSpan(start, end - start)) % 2 == 1)
        {
            var closing = text.AsSpan(end, wordsEnd - end).IndexOfAny(QuotationMarks);
            var opening = text.AsSpan(wordsStart, start - wordsStart).LastIndexOfAny(QuotationMarks);
            (start, end) = closing >= 0 ? (start, end + closing + 1) : opening >= 0 ? (wordsStart + opening, end) : (start, end);
        }

        var (line, column) = article.PositionOf(start);
        return new Passage(article.SourceId, article.Seed.Path, line, column, article.Slice(start, end), article.SentenceAround(start, end), similarity);
    }

    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"\u201C\u201D");

    private static int CountOf(SearchValues<char> values, ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var at = text.IndexOfAny(values); at >= 0; at = text.IndexOfAny(values))
        {
            count++;
            text = text[(at + 1)..];
        }

        return count;
    }

    /// <summary>How many characters without a letter or digit start and end <paramref name="text"/> (none when it has no letter or digit).</summary>
    private static (int Lead, int Tail) PunctuationAround(ReadOnlySpan<char> text)
    {
        var lead = 0;
        while (lead < text.Length && !char.IsLetterOrDigit(text[lead]))
        {
            lead++;
        }

        if (lead == text.Length)
        {
            return (0, 0);
        }

        var tail = 0;
        while (!char.IsLetterOrDigit(text[text.Length - 1 - tail]))
        {
            tail++;
        }

        return (lead, tail);
    }

    private static bool Same(char a, char b) => QuoteText.Fold(a) == QuoteText.Fold(b);

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
