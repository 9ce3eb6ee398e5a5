using System.Text;

namespace Site.Engine.Model;

/// <summary>Normalises text for comparing a quote with its article: white space, typographic quotes and dashes only.</summary>
public static class QuoteText
{
    /// <summary>Folds runs of white space to one space, curly quotes to straight ones and dashes to a hyphen, and trims.</summary>
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(Fold(c));
        }

        return result.ToString();
    }

    /// <summary>A typographic quotation mark or dash as its plain keyboard form; any other character as it is.</summary>
    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };
}
