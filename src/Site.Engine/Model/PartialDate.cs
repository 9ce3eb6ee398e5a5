using System.Globalization;

namespace Site.Engine.Model;

/// <summary>A date known to the year, the month or the day, as sources state them.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month (1–12), or null when only the year is known.</param>
/// <param name="Day">The day of the month, or null when not known.</param>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; on failure says why in <paramref name="error"/>.</summary>
    public static PartialDate? TryParse(string text, out string error)
    {
        error = string.Empty;
        var parts = text.Split('-');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)) || parts[0].Length != 4
            || parts.Skip(1).Any(p => p.Length != 2))
        {
            error = "expected the form YYYY, YYYY-MM or YYYY-MM-DD";
            return null;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year == 0)
        {
            error = "there is no year 0000 (the years go from 1 BC straight to AD 1)";
            return null;
        }

        if (parts.Length == 1)
        {
            return new PartialDate(year);
        }

        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            error = $"there is no month {month}";
            return null;
        }

        if (parts.Length == 2)
        {
            return new PartialDate(year, month);
        }

        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"{MonthWords.Name(month)} {year} has no day {day}";
            return null;
        }

        return new PartialDate(year, month, day);
    }

    /// <summary>The machine-readable form, as in an HTML <c>time</c> element: 1988, 1988-09 or 1988-09-04.</summary>
    public string Iso => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (int m, null) => $"{Year:D4}-{m:D2}",
        (int m, int d) => $"{Year:D4}-{m:D2}-{d:D2}",
    };

    /// <summary>The form people read: 1988, September 1988 or 4 September 1988.</summary>
    public string Display => (Month, Day) switch
    {
        (null, _) => Year.ToString(CultureInfo.InvariantCulture),
        (int m, null) => $"{MonthWords.Name(m)} {Year}",
        (int m, int d) => $"{d} {MonthWords.Name(m)} {Year}",
    };

    /// <summary>The word that declares a date taken from the source's own stated date, not from the event.</summary>
    public const string ReportedWord = "reported";

    /// <summary>How the date reads on the site: the event's date, or the source's own date marked as reported.</summary>
    public string DisplayAs(bool reported) => reported ? $"{ReportedWord} {Display}" : Display;

    /// <inheritdoc/>
    public int CompareTo(PartialDate other) =>
        (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));

    /// <summary>Orders dates, the less precise first within the same year or month.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders dates, the less precise first within the same year or month.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders dates, the less precise first within the same year or month.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders dates, the less precise first within the same year or month.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
