using Site.Engine.Linking;
using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Graphs;

/// <summary>
/// Lays out the careers chart: a lane for each of the couple, each work with a year placed in the lanes of the people
/// credited on it (any role), the works of one year side by side, and a lane of years with dated facts about the whole
/// couple. A work with no year is never placed: it is listed beside the chart instead.
/// </summary>
/// <param name="graph">The linked content.</param>
/// <param name="urls">The site's addresses.</param>
/// <param name="parts">Builds links.</param>
internal sealed class CareerChartBuilder(SiteGraph graph, SiteUrls urls, ViewParts parts)
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    /// <summary>The chart, full size or <paramref name="compact"/>; null when there is nothing with a year to draw.</summary>
    public CareerChartView? Build(bool compact)
    {
        var size = compact ? ChartGeometry.Compact : ChartGeometry.Full;
        var lanes = graph.Couple.Select(p => (Person: p, Works: graph.CreditsOf[p.Id].Select(c => c.Work).ToHashSet<Work>(ReferenceEqualityComparer.Instance))).ToList();
        var dated = ViewParts.ByYear(lanes.SelectMany(l => l.Works).Where(w => w.Year is not null).Distinct()).ToList();
        var events = EventYears();
        var years = dated.Select(w => w.Year!.Value.Year).Concat(events.Select(e => e.Year)).ToList();
        if (years.Count == 0)
        {
            return null;
        }

        var scale = new YearScale(years.Min(), years.Max(), size);
        var laneY = lanes.Select((_, i) => size.FirstLane + (i * size.LaneGap)).ToList();
        var axisY = laneY[^1] + (size.LaneGap / 2);
        var eventsY = axisY + 54;
        var marks = new List<ChartMarkView>();
        var joins = new List<ChartLineView>();
        var byYear = dated.ToLookup(w => w.Year!.Value.Year);
        foreach (var work in dated)
        {
            var x = scale.X(work, byYear);
            var inLanes = lanes.Select((l, i) => (l, i)).Where(x => x.l.Works.Contains(work)).Select(x => x.i).ToList();
            if (inLanes.Count > 1)
            {
                joins.Add(new ChartLineView(SvgNumbers.Of(x), SvgNumbers.Of(laneY[inLanes[0]]), SvgNumbers.Of(x), SvgNumbers.Of(laneY[inLanes[^1]])));
            }

            marks.AddRange(inLanes.Select(i => new ChartMarkView(parts.WorkLink(work), WorkLabel(work), MarkShapes.Of(work.Kind, x, laneY[i], size.Radius),
                $"mark lane-{i}")));
        }

        marks.AddRange(events.Select(e => new ChartMarkView(new LinkView(e.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), SiteUrls.At(urls.Timeline, SiteUrls.YearAnchor(e.Year))),
            $"{e.Year}: {ViewParts.Counted(e.Count, "dated event")} about {CoupleNames()}", MarkShapes.Event(scale.X(e.Year), eventsY, size.Radius), "mark event")));
        var (left, right) = (SvgNumbers.Of(size.Padding), SvgNumbers.Of(size.Width - size.Padding));
        return new CareerChartView(
            compact,
            $"0 0 {SvgNumbers.Of(size.Width)} {SvgNumbers.Of(eventsY + (size.Radius * 2) + 4)}",
            $"The careers of {CoupleNames()}, {scale.First} to {scale.Last}",
            Describe(lanes.Count, dated, joins.Count, events.Count),
            lanes.Select((l, i) => new ChartLineView(left, SvgNumbers.Of(laneY[i]), right, SvgNumbers.Of(laneY[i]), l.Person.Name, SvgNumbers.Of(laneY[i] - (size.Radius * 2.2)))).ToList(),
            new ChartLineView(left, SvgNumbers.Of(axisY), right, SvgNumbers.Of(axisY)),
            scale.Ticks().Select(y => new ChartTextView(SvgNumbers.Of(scale.X(y)), SvgNumbers.Of(axisY + 18), y.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
            joins,
            marks,
            events.Count == 0 ? null : new ChartLineView(left, SvgNumbers.Of(eventsY), right, SvgNumbers.Of(eventsY), "Dated events about both", SvgNumbers.Of(eventsY - (size.Radius * 2.2))),
            Legend(dated, joins.Count > 0, events.Count > 0),
            dated.Select(w => new ChartRowView(w.Year!.Value.Year, parts.WorkLink(w), w.Kind.Label(),
                ViewParts.Listed(lanes.Where(l => l.Works.Contains(w)).Select(l => l.Person.Name)))).ToList(),
            lanes.Select(l => (parts.PersonLink(l.Person), (IReadOnlyList<LinkView>)ViewParts.ByYear(l.Works.Where(w => w.Year is null)).Select(parts.WorkLink).ToList()))
                .Where(l => l.Item2.Count > 0).ToList(),
            new LinkView("Both careers on the timeline", SiteUrls.At(urls.Timeline, SiteUrls.CareersAnchor)));
    }

    /// <summary>Each year with dated facts about every one of the couple, and how many, oldest first.</summary>
    private List<(int Year, int Count)> EventYears() =>
        graph.Couple.Count == 0 ? [] :
        [.. graph.Chronological.Where(f => f.Date is not null && graph.Couple.All(c => f.About.Any(a => a.Value == c.Id)))
            .GroupBy(f => f.Date!.Value.Year).Select(g => (g.Key, g.Count()))];

    private string CoupleNames() => ViewParts.Listed(graph.Couple.Select(p => p.Name));

    private static string WorkLabel(Work work) => $"{work.Title}: {work.Kind.Label()}, {work.Year!.Value.Year}";

    private string Describe(int laneCount, List<Work> dated, int together, int eventYears)
    {
        var lanes = laneCount == 1 ? "One lane" : $"{laneCount} lanes";
        var text = $"{lanes}, one for each of {CoupleNames()}, across the years. {ViewParts.Counted(dated.Count, "work")} with a known year {Are(dated.Count)} marked, shaped by kind";
        text += together > 0 ? $"; {ViewParts.Counted(together, "work")} they made together {Are(together)} joined across the lanes." : ".";
        return eventYears > 0 ? text + $" A last row marks the {ViewParts.Counted(eventYears, "year")} with dated events about both." : text;
    }

    private static string Are(int count) => count == 1 ? "is" : "are";

    private static List<LegendItemView> Legend(List<Work> dated, bool hasJoins, bool hasEvents)
    {
        var items = dated.Select(w => w.Kind).Distinct().Order()
            .Select(kind => new LegendItemView(kind.Label(), MarkShapes.Of(kind, 10, 10, 6), "mark")).ToList();
        if (hasJoins)
        {
            items.Add(new LegendItemView("Made together", "M10 2L10 18", "join"));
        }

        if (hasEvents)
        {
            items.Add(new LegendItemView("Year with dated events about both", MarkShapes.Event(10, 10, 6), "mark event"));
        }

        return items;
    }
}
