using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering;

public sealed partial class PagePlanner
{
    private string SourcesDescription =>
        $"The {_graph.Content.Sources.Count} articles this site is built from, with what each tells us; every fact quotes one of them.";

    private SourceIndexView SourceIndex() =>
        new(_graph.Content.Sources.Select(SourceRow).ToList())
        {
            Chrome = _chrome,
            Meta = Meta("Sources", SourcesDescription, _urls.Sources, "sources", data: _data.Collection("Sources", _urls.Sources, SourcesDescription)),
        };

    private SourceView Source(Source source)
    {
        var row = SourceRow(source);
        var facts = _graph.FactsCiting[source.Id]
            .Select(f => new EvidenceView(
                "fact-" + f.Id,
                QuotesFrom(f.Citations, source.Id),
                f.Statement,
                SubjectLink(f.About[0].Value),
                _graph.DisputeOf(f) is { } claim ? new LinkView(claim.Question, _urls.Dispute(claim.Id)) : null))
            .ToList();
        return new SourceView(row, source.Outlets, facts, Listings(source.Id), _graph.QuotesFrom[source.Id].Select(QuoteView).ToList())
        {
            Chrome = _chrome,
            Meta = Meta(row.Link.Text, $"What source {row.Number} tells us: {source.Summary}", _urls.Source(source.Id), "sources",
                [new LinkView("Sources", _urls.Sources)], "article", _data.Article(source)),
        };
    }

    /// <summary>The people, works and credits whose listing this source backs, each under its own anchor.</summary>
    private List<EvidenceView> Listings(string sourceId)
    {
        var listings = new List<EvidenceView>();
        foreach (var person in _graph.Content.People.Where(p => Cites(p.Citations, sourceId)))
        {
            listings.Add(new EvidenceView("person-" + person.Id, QuotesFrom(person.Citations, sourceId),
                $"{person.Name}: {person.Relation}", new LinkView(person.Name, _urls.Person(person.Id)), null));
        }

        foreach (var work in _graph.Content.Works)
        {
            var link = new LinkView(work.Title, _urls.Work(work.Id));
            if (Cites(work.Citations, sourceId))
            {
                listings.Add(new EvidenceView("work-" + work.Id, QuotesFrom(work.Citations, sourceId),
                    $"{work.Title}: {WorkKinds.Labels[work.Kind].ToLowerInvariant()}{(work.Year is { } y ? ", " + y.Display : string.Empty)}", link, null));
            }

            foreach (var credit in work.Credits.Where(c => Cites(c.Citations, sourceId)).DistinctBy(c => CreditAnchor(work, c)))
            {
                var sameAnchor = work.Credits.Where(c => CreditAnchor(work, c) == CreditAnchor(work, credit)).SelectMany(c => c.Citations);
                listings.Add(new EvidenceView(CreditAnchor(work, credit), QuotesFrom(sameAnchor, sourceId),
                    $"{_graph.People[credit.Person.Value].Name} {CreditText(credit)} in {work.Title}", link, null));
            }
        }

        return listings;
    }

    private static bool Cites(IEnumerable<Citation> citations, string sourceId) => citations.Any(c => c.Source.Value == sourceId);

    private static List<string> QuotesFrom(IEnumerable<Citation> citations, string sourceId) =>
        citations.Where(c => c.Source.Value == sourceId).Select(c => c.Quote.Value).Distinct(StringComparer.Ordinal).ToList();
}
