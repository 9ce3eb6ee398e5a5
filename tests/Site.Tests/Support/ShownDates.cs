using System.Globalization;
using System.Text.RegularExpressions;
using Site.Engine.Model;

namespace Site.Tests.Support;

/// <summary>Reads, from a built site's HTML alone, whether each date the timeline shows is backed by the words it cites.</summary>
internal static partial class ShownDates
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>How many entries the timeline shows, each dated, and a line for each whose date its cited passages do not give.</summary>
    public static (int Dated, List<string> Unevidenced) OnTimeline(BuiltSite site)
    {
        const string timeline = "timeline/index.html";
        var unevidenced = new List<string>();
        var page = site.Pages[timeline];
        var entries = page.QuerySelectorAll("li.fact").ToList();
        foreach (var entry in entries)
        {
            // An entry dated by its year alone shows no date of its own: its year's heading says it.
            var shown = (entry.QuerySelector("time") ?? entry.Closest("li.year")!.QuerySelector("h2")!).TextContent.Trim();
            var cited = BuiltSite.CitationLinks(page, entry).Select(href => Passage(site, timeline, href)).ToList();
            var ok = shown.StartsWith(PartialDate.ReportedWord + " ", StringComparison.Ordinal)
                ? cited.Any(p => p.SourceDate == shown[(PartialDate.ReportedWord.Length + 1)..])
                : cited.SelectMany(p => p.Quotes).Any(q => Gives(q, shown));
            if (!ok)
            {
                unevidenced.Add($"{entry.QuerySelector(".statement")?.TextContent} ({shown})");
            }
        }

        return (entries.Count, unevidenced);
    }

    /// <summary>True when the quote has the year of <paramref name="shown"/> in digits, and its month by name where it shows one.</summary>
    public static bool Gives(string quote, string shown)
    {
        var year = YearPattern().Match(shown).Value;
        var month = Months.FirstOrDefault(m => Regex.IsMatch(shown, $@"\b{m}\b"));
        return year.Length > 0 && Regex.IsMatch(quote, $"(?<![0-9]){year}(?![0-9])")
            && (month is null || Regex.IsMatch(quote, $@"\b{month}\b"));
    }

    /// <summary>The quotes shown at a cited passage on a source page, and the date that page says the source states.</summary>
    private static (List<string> Quotes, string? SourceDate) Passage(BuiltSite site, string fromPage, string href)
    {
        var target = site.Target(fromPage, href);
        Assert.NotNull(target);
        var page = site.Pages[target];
        var passage = page.GetElementById(BuiltSite.Fragment(href)!);
        Assert.NotNull(passage);
        var quotes = passage.QuerySelectorAll("blockquote").Select(b => b.TextContent.Trim()).ToList();
        return (quotes, page.QuerySelector(".source-facts time")?.TextContent.Trim());
    }

    [GeneratedRegex("[0-9]{4}")]
    private static partial Regex YearPattern();
}
