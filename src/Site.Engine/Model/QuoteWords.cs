namespace Site.Engine.Model;

/// <summary>Counts the words of a quote the way a reader would.</summary>
public static class QuoteWords
{
    /// <summary>
    /// The number of words: the text is split on white space, and each piece with a letter or a digit in it is one
    /// word, so a hyphenated word counts once and a lone dash or quotation mark not at all.
    /// </summary>
    public static int Count(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}
