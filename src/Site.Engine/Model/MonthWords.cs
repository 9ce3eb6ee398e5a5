namespace Site.Engine.Model;

/// <summary>The words English articles write each month with: its name first, then its abbreviations.</summary>
public static class MonthWords
{
    private static readonly string[][] Words =
    [
        ["January", "Jan"], ["February", "Feb"], ["March", "Mar"], ["April", "Apr"], ["May"], ["June", "Jun"],
        ["July", "Jul"], ["August", "Aug"], ["September", "Sept", "Sep"], ["October", "Oct"], ["November", "Nov"], ["December", "Dec"],
    ];

    /// <summary>The month's name, such as <c>September</c> for 9.</summary>
    public static string Name(int month) => Words[month - 1][0];

    /// <summary>The month's shortest abbreviation, such as <c>Sep</c> for 9, or its name when it has none.</summary>
    public static string Abbreviation(int month) => Words[month - 1][^1];

    /// <summary>The month (1–12) that <paramref name="word"/> names, as written with a capital letter; 0 when it names none.</summary>
    public static int Of(string word) => Array.FindIndex(Words, names => names.Contains(word)) + 1;
}
