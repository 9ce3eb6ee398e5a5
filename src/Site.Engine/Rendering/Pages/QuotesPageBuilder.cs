using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Pages;

/// <summary>The quotes page: everything people said, as the sources reproduce it, grouped by speaker.</summary>
/// <param name="context">What page builders share.</param>
internal sealed class QuotesPageBuilder(PageContext context) : IPageBuilder
{
    /// <inheritdoc/>
    public IEnumerable<PagePlan> Plan() => [context.Page(context.Urls.Quotes, Build)];

    /// <summary>The quotes page's view.</summary>
    public QuotesView Build()
    {
        var quotes = context.Graph.Content.Quotes;
        var groups = quotes
            .GroupBy(q => string.Join('+', q.Speakers.Select(s => s.Value)), StringComparer.Ordinal)
            .Select(g => (
                SiteUrls.SpeakersAnchor(g.First().Speakers.Select(s => s.Value)),
                SpeakersLink(g.First().Speakers),
                (IReadOnlyList<QuoteView>)g.OrderBy(q => q.Date is null).ThenBy(q => q.Date).Select(context.Parts.QuoteView).ToList()))
            .ToList();
        return new QuotesView(groups)
        {
            Chrome = context.Chrome,
            Meta = context.Meta.Section(context.Navigation.Quotes,
                $"{quotes.Count} things {ViewParts.Listed([.. context.Graph.Couple.Select(p => p.Name), "others"])} said, as the sources reproduce them, grouped by speaker."),
        };
    }

    /// <summary>A link to the speaker; for speakers who spoke together, their names, linking to the first.</summary>
    private LinkView SpeakersLink(IReadOnlyList<Located<string>> speakers) =>
        speakers.Count == 1
            ? context.Parts.SubjectLink(speakers[0].Value)
            : new LinkView(string.Join(" and ", speakers.Select(s => context.Graph.People[s.Value].Name)), context.Urls.Person(speakers[0].Value));
}
