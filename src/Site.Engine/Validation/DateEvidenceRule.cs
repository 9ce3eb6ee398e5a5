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
public sealed partial class DateEvidenceRule : IContentRule
{
    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Check(Content content)
    {
        var sources = content.SourcesById();
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
        var parts = new List<(string Name, Func<DateWords, bool> Found)>
        {
            ($"the year {date.Year.ToString("D4", CultureInfo.InvariantCulture)}", w => w.Years.Contains(date.Year)),
        };
        if (date.Month is { } month)
        {
            parts.Add(($"the month {MonthWords.Name(month)}", w => w.Months.Contains(month) || w.NumericMonths.Contains((date.Year, month))));
        }

        if (date.Day is { } day)
        {
            parts.Add(($"the day {day}", w => w.Days.Contains(day)));
        }

        // The parts must come from one passage: a year from one sentence and a month from another prove nothing.
        var best = passages.Select(DateWords.Of).Select(w => parts.Where(part => !part.Found(w)).Select(part => part.Name).ToList())
            .OrderBy(missing => missing.Count).FirstOrDefault() ?? parts.Select(p => p.Name).ToList();
        return best.Count == 0 ? null : string.Join(" and ", best);
    }

    /// <summary>The parts of dates a passage has: four-digit years, small numbers, month names, and months in numeric dates.</summary>
    private sealed partial record DateWords(HashSet<int> Years, HashSet<int> Days, HashSet<int> Months, HashSet<(int Year, int Month)> NumericMonths)
    {
        public static DateWords Of(string text)
        {
            var words = new DateWords([], [], [], []);
            foreach (Match number in Number().Matches(text))
            {
                var value = int.Parse(number.ValueSpan, CultureInfo.InvariantCulture);
                (number.Length == 4 ? words.Years : words.Days).Add(value);
            }

            foreach (Match word in CapitalizedWord().Matches(text))
            {
                if (MonthWords.Of(word.Value) is var month and > 0)
                {
                    words.Months.Add(month);
                }
            }

            foreach (Match iso in IsoDate().Matches(text))
            {
                words.NumericMonths.Add((Int(iso.Groups[1]), Int(iso.Groups[2])));
            }

            // 3/14/2019 or 14/3/2019: either number may be the month.
            foreach (Match slashed in SlashedDate().Matches(text))
            {
                words.NumericMonths.Add((Int(slashed.Groups[3]), Int(slashed.Groups[1])));
                words.NumericMonths.Add((Int(slashed.Groups[3]), Int(slashed.Groups[2])));
            }

            return words;
        }

        private static int Int(Group group) => int.Parse(group.ValueSpan, CultureInfo.InvariantCulture);

        [GeneratedRegex("(?<![0-9])[0-9]{1,4}(?![0-9])", RegexOptions.CultureInvariant)]
        private static partial Regex Number();

        /// <summary>A word that may name a month, as one of <see cref="MonthWords"/>.</summary>
        [GeneratedRegex(@"\b[A-Z][a-z]+\b", RegexOptions.CultureInvariant)]
        private static partial Regex CapitalizedWord();

        [GeneratedRegex("(?<![0-9])([0-9]{4})-([0-9]{2})(?![0-9])", RegexOptions.CultureInvariant)]
        private static partial Regex IsoDate();

        [GeneratedRegex("(?<![0-9])([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
        private static partial Regex SlashedDate();
    }
}
