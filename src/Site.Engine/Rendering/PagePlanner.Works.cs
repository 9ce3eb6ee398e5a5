using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering;

public sealed partial class PagePlanner
{
    private WorkIndexView WorkIndex()
    {
        var together = _graph.Content.Works.Count(_graph.IsTogether);
        string Describe() => $"Every film, TV movie, series, play and band the sources name: {_graph.Content.Works.Count} works, {together} with both Kevin Bacon and Kyra Sedgwick.";
        return new WorkIndexView(WorksByYear(_graph.Content.Works).Select(WorkRow).ToList())
        {
            Chrome = _chrome,
            Meta = Meta("Works", Describe(), _urls.Works, "works", data: _data.Collection("Works", _urls.Works, Describe())),
        };
    }

    private WorkView Work(Work work)
    {
        var row = WorkRow(work);
        var year = work.Year is { } y ? $" ({y.Display})" : string.Empty;
        return new WorkView(
            row,
            Citations(work.Citations, "work-" + work.Id),
            work.Credits.Select(c => new CreditView(SubjectLink(c.Person.Value), CreditRoles.Labels[c.Role], c.As, Citations(c.Citations, CreditAnchor(work, c)))).ToList(),
            _graph.FactsAbout[work.Id].Select(FactView).ToList(),
            _graph.QuotesAbout[work.Id].Select(QuoteView).ToList())
        {
            Chrome = _chrome,
            Meta = Meta(work.Title, $"{work.Title}{year}, {row.Kind.ToLowerInvariant()}: {work.Summary}", _urls.Work(work.Id), "works",
                [new LinkView("Works", _urls.Works)], work.Kind.IsMovie() ? "video.movie" : "website", _data.Work(work)),
        };
    }
}
