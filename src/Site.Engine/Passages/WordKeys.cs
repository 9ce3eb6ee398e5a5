using Site.Engine.Model;

namespace Site.Engine.Passages;

/// <summary>
/// Splits text into words and gives each the form words are compared in: lower case, typographic quotation marks and
/// dashes folded as <see cref="QuoteText"/> folds them, and the punctuation around it left off, so that <c>“Farm,”</c>
/// and <c>farm</c> are one word.
/// </summary>
public static class WordKeys
{
    /// <summary>The comparison form of one word; empty when it has no letter or digit, like a lone dash.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        var key = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        return new string(key[..Fold(word, key)]);
    }

    /// <summary>
    /// Writes the comparison form of <paramref name="word"/> into <paramref name="key"/> (at least as long) and returns
    /// its length, so that a word can be looked up without a string made for it.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> key)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && !char.IsLetterOrDigit(word[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
        {
            end--;
        }

        for (var i = start; i < end; i++)
        {
            key[i - start] = char.ToLowerInvariant(QuoteText.Fold(word[i]));
        }

        return end - start;
    }

    /// <summary>The words of <paramref name="text"/> with their places; words without a letter or digit are left out.</summary>
    public static List<Word> Split(string text)
    {
        var words = new List<Word>();
        var at = 0;
        while (Next(text, ref at, out var start))
        {
            if (Of(text.AsSpan(start, at - start)) is { Length: > 0 } key)
            {
                words.Add(new Word(start, at, key));
            }
        }

        return words;
    }

    /// <summary>
    /// Finds the next run of characters between separators at or after <paramref name="at"/>: false when there is none,
    /// else true with the run from <paramref name="start"/> to the new <paramref name="at"/>.
    /// </summary>
    public static bool Next(string text, ref int at, out int start)
    {
        while (at < text.Length && IsSeparator(text[at]))
        {
            at++;
        }

        start = at;
        while (at < text.Length && !IsSeparator(text[at]))
        {
            at++;
        }

        return at > start;
    }

    /// <summary>The comparison forms of the words of <paramref name="text"/>, in order.</summary>
    public static string[] KeysOf(string text) => Split(text).Select(w => w.Key).ToArray();

    /// <summary>White space, and the long dashes that articles set between words with or without spaces.</summary>
    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '\u2013' or '\u2014' or '\u2015';
}
