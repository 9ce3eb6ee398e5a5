using System.Globalization;
using System.Text.RegularExpressions;
using Site.Engine.Model;

namespace Site.Engine.Validation;

/// <summary>
/// Finds a date in an article's text in the forms English articles write dates in: <c>2031-04-01</c>,
/// <c>April 1, 2031</c> and <c>1 April 2031</c>, with the month's name or its abbreviation (<c>Apr</c>, <c>Apr.</c>), an
/// ordinal day (<c>1st</c>), and with or without a weekday before it (<c>Tuesday, April 1, 2031</c>), which needs no
/// reading of its own since the date follows it. A fuller date gives every less precise date within it.
/// </summary>
public static partial class WrittenDates
{
    /// <summary>True when <paramref name="text"/>, normalised as a seed's text is, writes <paramref name="date"/> in one of the accepted forms.</summary>
    public static bool Contains(string text, PartialDate date)
    {
        if (text.Contains(date.Iso, StringComparison.Ordinal))
        {
            return true;
        }

        if (date.Month is not { } month)
        {
            return false;
        }

        foreach (var pattern in new[] { MonthDayYear(), DayMonthYear(), MonthYear() })
        {
            foreach (Match match in pattern.Matches(text))
            {
                var day = match.Groups["day"] is { Success: true } d ? int.Parse(d.ValueSpan, CultureInfo.InvariantCulture) : (int?)null;
                if (int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture) == date.Year
                    && MonthWords.Of(match.Groups["month"].Value) == month && (date.Day is null || day == date.Day))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The forms in which an article may write <paramref name="date"/>, in words, for a message.</summary>
    public static string FormsOf(PartialDate date)
    {
        if (date is not { Month: { } m })
        {
            return $"the year `{date.Iso}`";
        }

        var name = MonthWords.Name(m);
        var shortened = MonthWords.Abbreviation(m) == name ? null : $"the month shortened (`{MonthWords.Abbreviation(m)}`)";
        if (date.Day is not { } d)
        {
            return $"`{date.Iso}` or `{name} {date.Year}`{(shortened is null ? string.Empty : $", also with {shortened}")}, or any day of that month";
        }

        var weekday = new DateTime(date.Year, m, d, 0, 0, 0, DateTimeKind.Unspecified).DayOfWeek.ToString();
        var also = string.Join(", ", new[] { shortened, $"the day as `{Ordinal(d)}`" }.OfType<string>());
        return $"`{date.Iso}`, `{name} {d}, {date.Year}` or `{d} {name} {date.Year}`; also with {also}, or a weekday first (`{weekday}, {name} {d}, {date.Year}`)";
    }

    private static string Ordinal(int day) => day + (day % 100 is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    /// <summary>April 1, 2031; Apr. 1st 2031.</summary>
    [GeneratedRegex(@"\b(?<month>[A-Z][a-z]+)\.? (?<day>[0-9]{1,2})(?:st|nd|rd|th)?,? (?<year>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    /// <summary>1 April 2031; 1st of April, 2031.</summary>
    [GeneratedRegex(@"(?<![0-9])(?<day>[0-9]{1,2})(?:st|nd|rd|th)? (?:of )?(?<month>[A-Z][a-z]+)\.?,? (?<year>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    /// <summary>April 2031; Apr. 2031.</summary>
    [GeneratedRegex(@"\b(?<month>[A-Z][a-z]+)\.?,? (?<year>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();
}
