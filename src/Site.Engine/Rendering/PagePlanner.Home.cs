using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering;

public sealed partial class PagePlanner
{
    private const int MilestoneCount = 8;
    private const int NewestFactCount = 4;

    private HomeView Home()
    {
        var couple = _graph.Settings.Couple.Select(c => _graph.People[c.Value]).ToList();
        var together = _graph.Content.Works.Where(w => _graph.IsTogether(w) && w.Kind != WorkKind.TalkShow)
            .OrderByDescending(w => w.Year).ThenBy(w => w.Title, StringComparer.Ordinal).ToList();
        var newest = together.FirstOrDefault(w => w.Year is not null);
        var intro = _graph.Content.Pages.FirstOrDefault(p => p.Slug == HomeSlug);
        var description = intro?.Description ?? _graph.Settings.Description;
        return new HomeView(
            intro is null ? string.Empty : RenderMarkdown(intro),
            couple.Select(p => (new LinkView(p.Name, _urls.Person(p.Id)), p.Relation)).ToList(),
            newest is null ? null : WorkRow(newest),
            newest is null ? [] : _graph.FactsAbout[newest.Id].Where(f => f.Date is not null).Take(NewestFactCount).Select(FactView).ToList(),
            together.Select(WorkRow).ToList(),
            Milestones(couple.Select(p => p.Id).ToList()),
            Sections())
        {
            Chrome = _chrome,
            Meta = Meta(intro?.Title ?? _graph.Settings.Title, description, _urls.Home, null, data: _data.WebSite()),
        };
    }

    /// <summary>The first dated fact of each year that is about the whole couple, up to a handful.</summary>
    private List<FactView> Milestones(List<string> couple) =>
        _graph.Content.Facts
            .Where(f => f.Date is not null && couple.All(c => f.About.Any(a => a.Value == c)))
            .OrderBy(f => f.Date).ThenBy(f => f.Id, StringComparer.Ordinal)
            .GroupBy(f => f.Date!.Value.Year)
            .Select(g => g.First())
            .Take(MilestoneCount)
            .Select(FactView)
            .ToList();

    private List<(LinkView, int, string)> Sections()
    {
        var content = _graph.Content;
        return
        [
            (new LinkView("Timeline", _urls.Timeline), content.Facts.Count(f => f.Date is not null), "dated events, from their first meeting to today"),
            (new LinkView("Works", _urls.Works), content.Works.Count, "films, TV movies, series, plays and bands"),
            (new LinkView("People", _urls.People), content.People.Count, "family, collaborators and co-stars"),
            (new LinkView("Quotes", _urls.Quotes), content.Quotes.Count, "things they said, in their own words"),
            (new LinkView("Sources", _urls.Sources), content.Sources.Count, "articles every fact is checked against"),
            (new LinkView("Disputed", _urls.Disputes), _graph.Disputes.Count, "points on which the sources disagree"),
        ];
    }
}
