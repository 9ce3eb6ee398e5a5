using System.Globalization;
using System.Text.RegularExpressions;
using Site.Engine.Diagnostics;
using Site.Engine.Loading;
using Site.Engine.Model;

namespace Site.Engine.Validation;

/// <summary>
/// Every date the site shows comes from the words it cites: a fact's date, a work's year and a quote's date each
/// appear in one passage the record cites (the year in digits, the month by name or number, the day where given),
/// and a date declared <c>reported</c> belongs to a source that states its own date.
/// </summary>
public sealed class DateEvidenceRule : IContentRule
{
    private static readonly string[][] MonthWords =
    [
        ["January", "Jan"], ["February", "Feb"], ["March", "Mar"], ["April", "Apr"], ["May"], ["June", "Jun"],
        ["July", "Jul"], ["August", "Aug"], ["September", "Sept", "Sep"], ["October", "Oct"], ["November", "Nov"], ["December", "Dec"],
    ];

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Check(Content content)
    {
        var sources = content.Sources.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var problems = new List<Diagnostic>();

        void CheckDate(PartialDate? date, bool reported, SourceSpan span, string field, IEnumerable<Citation> passages, bool canBeReported)
        {
            if (reported)
            {
                // The date is the first cited source's own; an unknown source is reported where it is named.
                if (passages.FirstOrDefault() is { } first && sources.TryGetValue(first.Source.Value, out var source) && source.Date is null)
                {
                    problems.Add(Errors.ReportedDateUnstated(span, source.Id));
                }
            }
            else if (date is { } d && Missing(d, passages.Select(p => Words(p, sources, content.Seeds))) is { } missing)
            {
                problems.Add(Errors.DateNotInCitations(span, field, d.Display, missing, canBeReported));
            }
        }

        // A fact or work with no citation read has that mistake reported already; its date is checked once it cites.
        foreach (var fact in content.Facts.Where(f => f.Citations.Count > 0))
        {
            CheckDate(fact.Date, fact.DateReported, fact.DateSpan, Keys.Facts.Date, fact.Citations, canBeReported: true);
        }

        foreach (var quote in content.Quotes)
        {
            CheckDate(quote.Date, quote.DateReported, quote.DateSpan, Keys.Quotes.Date, quote.Passages, canBeReported: true);
        }

        foreach (var work in content.Works.Where(w => w.Citations.Count > 0))
        {
            CheckDate(work.Year, false, work.YearSpan, Keys.Works.Year,
                work.Citations.Concat(work.Credits.SelectMany(c => c.Citations)), canBeReported: false);
        }

        return problems;
    }

    /// <summary>
    /// The words a citation gives as evidence: its quote, less any part that lies in its article's date line. A quote
    /// whose source or seed is unknown (reported by other rules) is taken as written.
    /// </summary>
    private static string Words(Citation citation, Dictionary<string, Source> sources, IReadOnlyDictionary<string, Seed> seeds) =>
        sources.TryGetValue(citation.Source.Value, out var source) && seeds.TryGetValue(source.Seed.Value, out var seed)
            ? seed.TextOf(citation.Quote.Value) ?? QuoteText.Normalize(citation.Quote.Value)
            : QuoteText.Normalize(citation.Quote.Value);

    /// <summary>Null when one passage gives every part of the date; otherwise what no passage gives, for the message.</summary>
    private static string? Missing(PartialDate date, IEnumerable<string> passages)
    {
        var year = date.Year.ToString("D4", CultureInfo.InvariantCulture);
        var parts = new List<(string Name, Func<string, bool> Found)>
        {
            ($"the year {year}", text => Number(text, year)),
        };
        if (date.Month is { } month)
        {
            parts.Add(($"the month {PartialDate.MonthName(month)}", text => HasMonth(text, year, month)));
        }

        if (date.Day is { } day)
        {
            parts.Add(($"the day {day}", text => Number(text, "0?" + day.ToString(CultureInfo.InvariantCulture))));
        }

        // The parts must come from one passage: a year from one sentence and a month from another prove nothing.
        var best = passages.Select(p => parts.Where(part => !part.Found(p)).Select(part => part.Name).ToList())
            .OrderBy(missing => missing.Count).FirstOrDefault() ?? parts.Select(p => p.Name).ToList();
        return best.Count == 0 ? null : string.Join(" and ", best);
    }

    private static bool Number(string text, string digits) =>
        Regex.IsMatch(text, $"(?<![0-9]){digits}(?![0-9])", RegexOptions.CultureInvariant);

    private static bool HasMonth(string text, string year, int month)
    {
        var names = string.Join('|', MonthWords[month - 1]);
        var number = "0?" + month.ToString(CultureInfo.InvariantCulture);
        var iso = month.ToString("D2", CultureInfo.InvariantCulture);
        return Regex.IsMatch(text, $@"\b({names})\b", RegexOptions.CultureInvariant)
            || Regex.IsMatch(text, $"(?<![0-9]){year}-{iso}(?![0-9])|(?<![0-9])({number}/[0-9]{{1,2}}|[0-9]{{1,2}}/{number})/{year}(?![0-9])", RegexOptions.CultureInvariant);
    }
}
