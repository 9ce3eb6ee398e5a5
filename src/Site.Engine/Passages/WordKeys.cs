using System.Text;
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

        var key = new StringBuilder(end - start);
        foreach (var c in word[start..end])
        {
            key.Append(char.ToLowerInvariant(QuoteText.Fold(c)));
        }

        return key.ToString();
    }

    /// <summary>The words of <paramref name="text"/> with their places; words without a letter or digit are left out.</summary>
    public static List<Word> Split(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSeparator(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !IsSeparator(text[i]))
            {
                i++;
            }

            if (i > start && Of(text.AsSpan(start, i - start)) is { Length: > 0 } key)
            {
                words.Add(new Word(start, i, key));
            }
        }

        return words;
    }

    /// <summary>The comparison forms of the words of <paramref name="text"/>, in order.</summary>
    public static string[] KeysOf(string text) => Split(text).Select(w => w.Key).ToArray();

    /// <summary>White space, and the long dashes that articles set between words with or without spaces.</summary>
    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '\u2013' or '\u2014' or '\u2015';
}
