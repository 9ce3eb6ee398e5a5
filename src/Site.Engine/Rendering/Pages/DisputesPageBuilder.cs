using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Pages;

/// <summary>The disputes page: every point on which the sources disagree, each side with its facts and the articles' words.</summary>
/// <param name="context">What page builders share.</param>
internal sealed class DisputesPageBuilder(PageContext context) : IPageBuilder
{
    /// <inheritdoc/>
    public IEnumerable<PagePlan> Plan() => [context.Page(context.Urls.Disputes, Build)];

    /// <summary>The disputes page's view.</summary>
    public DisputesView Build()
    {
        var parts = context.Parts;
        var disputes = context.Graph.Disputes
            .Select(d => (SiteUrls.ClaimAnchor(d.Claim.Id), d.Claim.Question,
                (IReadOnlyList<DisputeSideView>)d.Sides.Select(s => new DisputeSideView(s.Value, s.Facts.Select(parts.FactView).ToList(), Quotations(s.Facts)))
                    .ToList()))
            .ToList();
        return new DisputesView(disputes)
        {
            Chrome = context.Chrome,
            Meta = context.Meta.Of("Where the sources disagree", $"{disputes.Count} points on which the articles about {context.Chrome.Couple} disagree, each side shown with its citations.",
                context.Urls.Disputes, context.Navigation.Disputes),
        };
    }

    /// <summary>
    /// Every passage the facts cite, once each, in the order of the facts: the words a reader weighs to judge a side,
    /// each linking to where the source's page shows it.
    /// </summary>
    private List<CitationView> Quotations(IEnumerable<Fact> facts) =>
        facts.SelectMany(f => f.Citations.Select(c => context.Parts.Citation(c.Source.Value, SiteUrls.FactAnchor(f.Id), [c.Quote.Value])))
            .DistinctBy(c => (c.Href, c.Quotes[0]))
            .ToList();
}
