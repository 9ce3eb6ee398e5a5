using Site.Engine.Rendering.Graphs;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Pages;

/// <summary>The timeline: every dated fact, oldest first, grouped by year, with the quotes said in each year.</summary>
/// <param name="context">What page builders share.</param>
internal sealed class TimelinePageBuilder(PageContext context) : IPageBuilder
{
    /// <inheritdoc/>
    public IEnumerable<PagePlan> Plan() => [context.Page(context.Urls.Timeline, Build)];

    /// <summary>The timeline's view.</summary>
    public TimelineView Build()
    {
        var graph = context.Graph;
        var dated = graph.Chronological.Where(f => f.Date is not null).ToList();
        // A quote's date is when its words were said; one that is only its article's date says nothing of that.
        var said = graph.Content.Quotes.Where(q => q.Date is not null && !q.DateReported)
            .OrderBy(q => q.Date!.Value).ThenBy(q => q.Id, StringComparer.Ordinal)
            .ToLookup(q => q.Date!.Value.Year);
        var happened = dated.ToLookup(f => f.Date!.Value.Year);
        var years = happened.Select(g => g.Key).Union(said.Select(g => g.Key)).Order()
            .Select(year => (year, (IReadOnlyList<FactView>)happened[year].Select(context.Parts.FactView).ToList(),
                (IReadOnlyList<QuoteView>)said[year].Select(context.Parts.QuoteView).ToList()))
            .ToList();
        var span = dated.Count == 0 ? string.Empty : $" from {dated[0].Date!.Value.Year} to {dated[^1].Date!.Value.Year}";
        return new TimelineView(years, graph.Content.Facts.Count - dated.Count)
        {
            Chrome = context.Chrome,
            Chart = new CareerChartBuilder(graph, context.Urls, context.Parts).Build(compact: false),
            Meta = context.Meta.Section(context.Navigation.Timeline, $"Every dated event in the lives and work of {context.Chrome.Couple}{span}, each with its sources."),
        };
    }
}
