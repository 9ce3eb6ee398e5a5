using Site.Engine.Model;

namespace Site.Engine.Linking;

/// <summary>Gives each fact and quote dated <c>reported</c> the date its source states for itself.</summary>
internal static class ReportedDates
{
    /// <summary>
    /// The content with reported dates filled in: a fact's from its first cited source, a quote's from its source.
    /// Validation has made sure each of those sources states a date.
    /// </summary>
    public static Content Fill(Content content)
    {
        if (!content.Facts.Any(f => f.DateReported) && !content.Quotes.Any(q => q.DateReported))
        {
            return content;
        }

        var dates = content.Sources.Where(s => s.Date is not null)
            .GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Date!.Value.Value, StringComparer.Ordinal);
        PartialDate? Of(string sourceId) => dates.TryGetValue(sourceId, out var date) ? date : null;
        return content with
        {
            Facts = content.Facts.Select(f => f.DateReported && f.Citations.Count > 0 ? f with { Date = Of(f.Citations[0].Source.Value) } : f).ToList(),
            Quotes = content.Quotes.Select(q => q.DateReported ? q with { Date = Of(q.Source.Value) } : q).ToList(),
        };
    }
}
