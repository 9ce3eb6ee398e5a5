using Site.Engine.Model;
using Site.Engine.Rendering.Search;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering;

public sealed partial class PagePlanner
{
    /// <summary>
    /// Everything a visitor can search for, in the order the search page lists it; built once, for the page and the
    /// index, by whichever thread asks first.
    /// </summary>
    public IReadOnlyList<(string Heading, IReadOnlyList<SearchEntry> Entries)> SearchGroups() => _searchGroups.Value;

    private IReadOnlyList<(string Heading, IReadOnlyList<SearchEntry> Entries)> BuildSearchGroups()
    {
        var content = _graph.Content;
        return
        [
            ("Facts", _graph.Chronological
                .Select(f => new SearchEntry("fact", f.Statement, FactContext(f), SubjectLink(f.About[0].Value).Href + "#fact-" + f.Id)).ToList()),
            ("Quotes", content.Quotes.Select(q => new SearchEntry("quote", q.Text.Value,
                string.Join(" and ", q.Speakers.Select(s => _graph.People[s.Value].Name)) + (q.SaidTo is null ? string.Empty : $", to {q.SaidTo.Value.Value}"),
                _urls.Quotes + "#quote-" + q.Id)).ToList()),
            ("People", content.People.Select(p => new SearchEntry("person", p.Name, p.Relation, _urls.Person(p.Id))).ToList()),
            ("Works", WorksByYear(content.Works).Select(w => new SearchEntry("work", w.Title,
                w.Kind.Label() + (w.Year is { } y ? ", " + y.Display : string.Empty), _urls.Work(w.Id))).ToList()),
            ("Sources", content.Sources.Select(s => new SearchEntry("source", SourceTitle(s), s.Summary, _urls.Source(s.Id))).ToList()),
        ];
    }

    private string FactContext(Fact fact) =>
        (fact.Date is { } date ? date.DisplayAs(fact.DateReported) + " · " : string.Empty) + string.Join(", ", fact.About.Select(a => _graph.NameOf(a.Value)));

    private SearchView SearchPage() =>
        new(SearchGroups(), _urls.SearchIndex, _urls.Href("assets/search.js"))
        {
            Chrome = _chrome,
            Meta = Meta("Search", "Search every fact, quote, person, work and source on the site about Kevin Bacon and Kyra Sedgwick.", _urls.Search, "search"),
        };
}
