using System.Buffers;
using Site.Engine.Model;

namespace Site.Engine.Passages;

/// <summary>
/// Cuts a passage out of an article at word boundaries, with as much of the punctuation around it as belongs there, and
/// says where it starts in the seed file.
/// </summary>
public static class PassageCutter
{
    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"\u201C\u201D");

    /// <summary>
    /// The passage of the article's words <paramref name="first"/> to <paramref name="last"/>. Of the punctuation at
    /// either end (quotation marks, a comma), only as much is kept as <paramref name="like"/> has there too; with no
    /// <paramref name="like"/>, only what keeps the passage's quotation marks paired.
    /// </summary>
    public static Passage Cut(SeedText article, int first, int last, double similarity, string? like)
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
}
