using Site.Engine.Model;
using Site.Engine.Rendering.Graphs;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Pages;

/// <summary>The home page: the couple, the introduction of <c>home.md</c>, their work together, milestones and the sections.</summary>
/// <param name="context">What page builders share.</param>
internal sealed class HomePageBuilder(PageContext context) : IPageBuilder
{
    private const int MilestoneCount = 8;
    private const int NewestFactCount = 4;

    /// <inheritdoc/>
    public IEnumerable<PagePlan> Plan() => [context.Page(context.Urls.Home, Build)];

    /// <summary>The home page's view.</summary>
    public HomeView Build()
    {
        var (graph, parts) = (context.Graph, context.Parts);
        var couple = graph.Couple;
        var together = graph.Content.Works.Where(w => graph.IsTogether(w) && w.Kind != WorkKind.TalkShow)
            .OrderByDescending(w => w.Year).ThenBy(w => w.Title, StringComparer.Ordinal).ToList();
        var newest = together.FirstOrDefault(w => w.Year is not null);
        var intro = graph.Content.Pages.FirstOrDefault(p => p.IsHome);
        return new HomeView(
            intro is null ? [] : context.Prose.Render(intro),
            couple.Select(p => (parts.PersonLink(p), p.Relation)).ToList(),
            newest is null ? null : parts.WorkRow(newest),
            newest is null ? [] : graph.FactsAbout[newest.Id].Where(f => f.Date is not null).Take(NewestFactCount).Select(parts.FactView).ToList(),
            together.Select(parts.WorkRow).ToList(),
            Milestones(couple.Select(p => p.Id).ToList()),
            Sections())
        {
            Chrome = context.Chrome,
            Chart = new CareerChartBuilder(graph, context.Urls, parts).Build(compact: true),
            Meta = context.Meta.Of(intro?.Title ?? graph.Settings.Title, intro?.Description ?? graph.Settings.Description, context.Urls.Home, null,
                data: context.Meta.Data.WebSite()),
        };
    }

    /// <summary>The first dated fact of each year that is about the whole couple, up to a handful.</summary>
    private List<FactView> Milestones(IReadOnlyList<string> couple) =>
        context.Graph.Content.Facts
            .Where(f => f.Date is not null && couple.All(c => f.About.Any(a => a.Value == c)))
            .OrderBy(f => f.Date).ThenBy(f => f.Id, StringComparer.Ordinal)
            .GroupBy(f => f.Date!.Value.Year)
            .Select(g => g.First())
            .Take(MilestoneCount)
            .Select(context.Parts.FactView)
            .ToList();

    private List<(LinkView, int, string)> Sections()
    {
        var (content, sections) = (context.Graph.Content, context.Navigation);
        return
        [
            (sections.Timeline, content.Facts.Count(f => f.Date is not null), "dated events, from their first meeting to today"),
            (sections.Works, content.Works.Count, "films, TV movies, series, plays and bands"),
            (sections.People, content.People.Count, "family, collaborators and co-stars"),
            (sections.Quotes, content.Quotes.Count, "things they said, in their own words"),
            (sections.Sources, content.Sources.Count, "articles every fact is checked against"),
            (sections.Disputes, context.Graph.Disputes.Count, "points on which the sources disagree"),
            .. context.Degrees.Center is { } center
                ? [(new LinkView(ConnectionsPageBuilder.Title(center.Name), context.Urls.Connections), content.People.Count, $"people, each with their steps to {center.Name}")]
                : Array.Empty<(LinkView, int, string)>(),
        ];
    }
}
