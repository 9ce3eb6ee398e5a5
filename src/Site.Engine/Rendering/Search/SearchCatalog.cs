using Site.Engine.Linking;
using Site.Engine.Model;

namespace Site.Engine.Rendering.Search;

/// <summary>
/// Everything a visitor can search for, grouped by kind in the order the search page lists it; built once, for the
/// page and for the index, by whichever thread asks first.
/// </summary>
internal sealed class SearchCatalog
{
    private readonly SiteGraph _graph;
    private readonly SiteUrls _urls;
    private readonly ViewParts _parts;
    private readonly Lazy<IReadOnlyList<(string Heading, IReadOnlyList<SearchEntry> Entries)>> _groups;

    /// <summary>Creates the catalogue of <paramref name="graph"/>; nothing is built until <see cref="Groups"/> is read.</summary>
    public SearchCatalog(SiteGraph graph, SiteUrls urls, ViewParts parts)
    {
        _graph = graph;
        _urls = urls;
        _parts = parts;
        _groups = new(Build);
    }

    /// <summary>Each kind of thing, with its heading and its entries.</summary>
    public IReadOnlyList<(string Heading, IReadOnlyList<SearchEntry> Entries)> Groups => _groups.Value;

    private IReadOnlyList<(string Heading, IReadOnlyList<SearchEntry> Entries)> Build()
    {
        var content = _graph.Content;
        return
        [
            ("Facts", _graph.Chronological.Select(f => new SearchEntry("fact", f.Statement, FactContext(f),
                SiteUrls.At(_parts.SubjectLink(f.About[0].Value).Href, SiteUrls.FactAnchor(f.Id)))).ToList()),
            ("Quotes", content.Quotes.Select(q => new SearchEntry("quote", q.Text.Value,
                string.Join(" and ", q.Speakers.Select(s => _graph.People[s.Value].Name)) + (q.SaidTo is null ? string.Empty : $", to {q.SaidTo.Value.Value}"),
                SiteUrls.At(_urls.Quotes, SiteUrls.QuoteAnchor(q.Id)))).ToList()),
            ("People", content.People.Select(p => new SearchEntry("person", p.Name, p.Relation, _urls.Person(p.Id))).ToList()),
            ("Works", ViewParts.ByYear(content.Works).Select(w => new SearchEntry("work", w.Title,
                w.Kind.Label() + (w.Year is { } y ? ", " + y.Display : string.Empty), _urls.Work(w.Id))).ToList()),
            ("Sources", content.Sources.Select(s => new SearchEntry("source", _parts.SourceTitle(s), s.Summary, _urls.Source(s.Id))).ToList()),
        ];
    }

    private string FactContext(Fact fact) =>
        (fact.Date is { } date ? date.DisplayAs(fact.DateReported) + " · " : string.Empty) + string.Join(", ", fact.About.Select(a => _graph.NameOf(a.Value)));
}
