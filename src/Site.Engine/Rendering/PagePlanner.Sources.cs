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
        var outlets = source.Outlets.Select(o => (o.Name.Value, o.Quote.Value)).ToList();
        return new SourceView(row, outlets, facts, Listings(source.Id), _graph.QuotesFrom[source.Id].Select(QuoteView).ToList())
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
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var listing in _graph.ListingsCiting[sourceId])
        {
            switch (listing)
            {
                case Linking.Listing.PersonEntry(var person):
                    listings.Add(new EvidenceView("person-" + person.Id, QuotesFrom(person.Citations, sourceId),
                        $"{person.Name}: {person.Relation}", new LinkView(person.Name, _urls.Person(person.Id)), null));
                    break;
                case Linking.Listing.WorkEntry(var work):
                    listings.Add(new EvidenceView("work-" + work.Id, QuotesFrom(work.Citations, sourceId),
                        $"{work.Title}: {work.Kind.Label().ToLowerInvariant()}{(work.Year is { } y ? ", " + y.Display : string.Empty)}",
                        new LinkView(work.Title, _urls.Work(work.Id)), null));
                    break;

                // Two credits of one person in one role share an anchor; the entry shows the passages of both.
                case Linking.Listing.CreditEntry(var work, var credit) when anchors.Add(CreditAnchor(work, credit)):
                    var sameAnchor = work.Credits.Where(c => CreditAnchor(work, c) == CreditAnchor(work, credit)).SelectMany(c => c.Citations);
                    listings.Add(new EvidenceView(CreditAnchor(work, credit), QuotesFrom(sameAnchor, sourceId),
                        $"{_graph.People[credit.Person.Value].Name} {CreditText(credit)} in {work.Title}", new LinkView(work.Title, _urls.Work(work.Id)), null));
                    break;
            }
        }

        return listings;
    }

    private static List<string> QuotesFrom(IEnumerable<Citation> citations, string sourceId) =>
        citations.Where(c => c.Source.Value == sourceId).Select(c => c.Quote.Value).Distinct(StringComparer.Ordinal).ToList();
}
