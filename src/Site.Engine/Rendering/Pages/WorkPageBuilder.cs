using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Pages;

/// <summary>A page for each work: what it is, who did what, the facts about it and what was said of it.</summary>
/// <param name="context">What page builders share.</param>
internal sealed class WorkPageBuilder(PageContext context) : IPageBuilder
{
    /// <inheritdoc/>
    public IEnumerable<PagePlan> Plan() => context.Graph.Content.Works.Select(w => context.Page(context.Urls.Work(w.Id), () => Build(w)));

    /// <summary>The view of <paramref name="work"/>'s page.</summary>
    public WorkView Build(Work work)
    {
        var (graph, parts) = (context.Graph, context.Parts);
        var row = parts.WorkRow(work);
        var year = work.Year is { } y ? $" ({y.Display})" : string.Empty;
        return new WorkView(
            row,
            parts.Citations(work.Citations, SiteUrls.WorkAnchor(work.Id)),
            work.Credits.Select(c => parts.CreditView(parts.SubjectLink(c.Person.Value), work, c)).ToList(),
            graph.FactsAbout[work.Id].Select(parts.FactView).ToList(),
            graph.QuotesAbout[work.Id].Select(parts.QuoteView).ToList())
        {
            Chrome = context.Chrome,
            Meta = context.Meta.Detail(work.Title, $"{work.Title}{year}, {row.Kind.ToLowerInvariant()}: {work.Summary}", context.Urls.Work(work.Id),
                context.Navigation.Works, work.Kind.IsMovie() ? "video.movie" : "website", context.Meta.Data.Work(work)),
        };
    }
}
