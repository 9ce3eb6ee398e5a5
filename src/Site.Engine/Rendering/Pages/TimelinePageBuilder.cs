using Site.Engine.Rendering.Graphs;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Pages;

/// <summary>The timeline: every dated fact, oldest first, grouped by year.</summary>
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
        var years = dated.GroupBy(f => f.Date!.Value.Year)
            .Select(g => (g.Key, (IReadOnlyList<FactView>)g.Select(context.Parts.FactView).ToList()))
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
