using Site.Engine.Linking;
using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Pages;

/// <summary>
/// A page for each source: what the article states about itself, and each passage the site quotes from it with what
/// the passage supports, under the anchor that citations link to.
/// </summary>
/// <param name="context">What page builders share.</param>
internal sealed class SourcePageBuilder(PageContext context) : IPageBuilder
{
    /// <inheritdoc/>
    public IEnumerable<PagePlan> Plan() => context.Graph.Content.Sources.Select(s => context.Page(context.Urls.Source(s.Id), () => Build(s)));

    /// <summary>The view of <paramref name="source"/>'s page.</summary>
    public SourceView Build(Source source)
    {
        var (graph, parts) = (context.Graph, context.Parts);
        var row = parts.SourceRow(source);
        var facts = graph.FactsCiting[source.Id]
            .Select(f => new EvidenceView(SiteUrls.FactAnchor(f.Id), QuotesFrom(f.Citations, source.Id), f.Statement, parts.SubjectLink(f.About[0].Value), parts.DisputeLink(f)))
            .ToList();
        var outlets = source.Outlets.Select(o => (o.Name.Value, o.Quote.Value)).ToList();
        return new SourceView(row, outlets, facts, Listings(source.Id), graph.QuotesFrom[source.Id].Select(parts.QuoteView).ToList(), source.Url?.Value)
        {
            Chrome = context.Chrome,
            Meta = context.Meta.Detail(row.Link.Text, $"What source {row.Number} tells us: {source.Summary}", context.Urls.Source(source.Id),
                context.Navigation.Sources, "article", context.Meta.Data.Article(source)),
        };
    }

    /// <summary>The people, works and credits whose listing this source backs, each under its own anchor.</summary>
    private List<EvidenceView> Listings(string sourceId)
    {
        var parts = context.Parts;
        var listings = new List<EvidenceView>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var listing in context.Graph.ListingsCiting[sourceId])
        {
            switch (listing)
            {
                case Listing.PersonEntry(var person):
                    listings.Add(new EvidenceView(SiteUrls.PersonAnchor(person.Id), QuotesFrom(person.Citations, sourceId),
                        $"{person.Name}: {person.Relation}", parts.PersonLink(person), null));
                    break;
                case Listing.WorkEntry(var work):
                    listings.Add(new EvidenceView(SiteUrls.WorkAnchor(work.Id), QuotesFrom(work.Citations, sourceId),
                        $"{work.Title}: {work.Kind.Label().ToLowerInvariant()}{(work.Year is { } y ? ", " + y.Display : string.Empty)}", parts.WorkLink(work), null));
                    break;

                case Listing.CreditEntry(var work, var credit):
                    // Two credits of one person in one role share an anchor; the entry shows the passages of both.
                    var anchor = SiteUrls.CreditAnchor(work, credit);
                    if (anchors.Add(anchor))
                    {
                        var sameAnchor = work.Credits.Where(c => SiteUrls.CreditAnchor(work, c) == anchor).SelectMany(c => c.Citations);
                        listings.Add(new EvidenceView(anchor, QuotesFrom(sameAnchor, sourceId),
                            $"{context.Graph.People[credit.Person.Value].Name} {ViewParts.CreditText(credit)} in {work.Title}", parts.WorkLink(work), null));
                    }

                    break;
            }
        }

        return listings;
    }

    private static List<string> QuotesFrom(IEnumerable<Citation> citations, string sourceId) =>
        citations.Where(c => c.Source.Value == sourceId).Select(c => c.Quote.Value).Distinct(StringComparer.Ordinal).ToList();
}
