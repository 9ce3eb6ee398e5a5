using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Site.Engine.Model;

namespace Site.Engine.Passages;

/// <summary>
/// A source article split into words, with an index from each word to where it occurs and the file's line starts, so
/// that a passage is found by its words and named by the line and column where it starts in the seed file.
/// </summary>
public sealed partial class SeedText
{
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(",;:.!?");
    private static readonly SearchValues<char> ClauseGaps = SearchValues.Create("\n\u2013\u2014\u2015");
    private readonly Dictionary<string, List<int>> _occurrences = new(StringComparer.Ordinal);
    private readonly List<int> _lineStarts = [0];

    /// <summary>Splits the article of <paramref name="seed"/>, cited as source <paramref name="sourceId"/>, into words.</summary>
    public SeedText(string sourceId, Seed seed)
    {
        SourceId = sourceId;
        Seed = seed;
        Words = WordKeys.Split(seed.Text);
        for (var i = 0; i < Words.Count; i++)
        {
            if (!_occurrences.TryGetValue(Words[i].Key, out var list))
            {
                _occurrences[Words[i].Key] = list = [];
            }

            list.Add(i);
        }

        for (var i = 0; i < seed.Text.Length; i++)
        {
            if (seed.Text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }

        // The date line of a dated article (`date 2024-01-30`) is when it appeared; no passage starts in it.
        FirstWord = Words.Count > 1 && Words[0].Key == "date" && DatePattern().IsMatch(Words[1].Key) ? 2 : 0;
    }

    /// <summary>The id of the source that cites this article.</summary>
    public string SourceId { get; }

    /// <summary>The article.</summary>
    public Seed Seed { get; }

    /// <summary>The article's words, in order.</summary>
    public IReadOnlyList<Word> Words { get; }

    /// <summary>The first word after the article's date line, if it has one.</summary>
    public int FirstWord { get; }

    /// <summary>Every distinct word of the article, in its compared form.</summary>
    public IEnumerable<string> Vocabulary => _occurrences.Keys;

    /// <summary>The indexes of the words whose compared form is <paramref name="key"/>, in order.</summary>
    public IReadOnlyList<int> Occurrences(string key) => _occurrences.TryGetValue(key, out var list) ? list : [];

    /// <summary>The 1-based line and column in the seed file of the character at <paramref name="offset"/>.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        line = line >= 0 ? line : ~line - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/>, each run of white space as one space.</summary>
    public string Slice(int start, int end) => FoldSpaces(Seed.Text.AsSpan(start, end - start));

    /// <summary>
    /// True when the article's words <paramref name="word"/> and the next one are in different clauses: a comma, colon,
    /// semicolon, full stop, question or exclamation mark ends the first (maybe inside a closing quotation mark), or a
    /// line break or a dash stands between them.
    /// </summary>
    public bool IsClauseBreakAfter(int word)
    {
        var text = Seed.Text.AsSpan();
        var (end, next) = (Words[word].End, Words[word + 1].Start);
        var last = end;
        while (!char.IsLetterOrDigit(text[last - 1]))
        {
            last--;
        }

        return text[last..end].IndexOfAny(ClauseEnds) >= 0 || text[end..next].IndexOfAny(ClauseGaps) >= 0;
    }

    /// <summary>
    /// The sentence around the text from <paramref name="start"/> to <paramref name="end"/>: from the end of the
    /// sentence or line before it to the end of the sentence or line it ends in, at most about 300 characters each side.
    /// </summary>
    public string SentenceAround(int start, int end)
    {
        const int Reach = 300;
        var text = Seed.Text;
        var from = start;
        while (from > 0 && start - from < Reach && text[from - 1] != '\n' && !EndsSentence(text, from - 1))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && to - end < Reach && text[to] != '\n' && !EndsSentence(text, to - 1))
        {
            to++;
        }

        var sentence = Slice(from, to).Trim();
        var before = from > 0 && start - from >= Reach ? "…" : string.Empty;
        var after = to < text.Length && to - end >= Reach ? "…" : string.Empty;
        return before + sentence + after;
    }

    /// <summary>True when a sentence ends at <paramref name="i"/>: a full stop, question or exclamation mark, maybe closed by quotation marks, before white space.</summary>
    private static bool EndsSentence(string text, int i)
    {
        if (i < 0 || i + 1 >= text.Length || !char.IsWhiteSpace(text[i + 1]))
        {
            return false;
        }

        var j = i;
        while (j > 0 && text[j] is '"' or '\u201D' or '\'' or '\u2019' or ')')
        {
            j--;
        }

        return text[j] is '.' or '!' or '?';
    }

    private static string FoldSpaces(ReadOnlySpan<char> text)
    {
        var folded = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && folded.Length > 0)
            {
                folded.Append(' ');
            }

            pendingSpace = false;
            folded.Append(c);
        }

        return folded.ToString();
    }

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
