using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Pages;

/// <summary>A page for each person: who they are, their works, the facts about them and what they said.</summary>
/// <param name="context">What page builders share.</param>
internal sealed class PersonPageBuilder(PageContext context) : IPageBuilder
{
    /// <inheritdoc/>
    public IEnumerable<PagePlan> Plan() => context.Graph.Content.People.Select(p => context.Page(context.Urls.Person(p.Id), () => Build(p)));

    /// <summary>The view of <paramref name="person"/>'s page.</summary>
    public PersonView Build(Person person)
    {
        var (graph, parts) = (context.Graph, context.Parts);
        var credits = graph.CreditsOf[person.Id].GroupBy(c => c.Work)
            .OrderBy(g => g.Key.Year is null).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Title, StringComparer.Ordinal)
            .Select(g =>
            {
                var work = parts.WorkLink(g.Key);
                return new PersonWorkView(work, g.Key.Year?.Display, g.Select(c => parts.CreditView(work, c.Work, c.Credit)).ToList());
            })
            .ToList();
        var quotesBy = graph.QuotesBy[person.Id].ToList();
        return new PersonView(
            person.Relation,
            parts.Citations(person.Citations, SiteUrls.PersonAnchor(person.Id)),
            person.Summary,
            credits,
            graph.FactsAbout[person.Id].Select(parts.FactView).ToList(),
            quotesBy.Select(parts.QuoteView).ToList(),
            graph.QuotesAbout[person.Id].Except(quotesBy).Select(parts.QuoteView).ToList())
        {
            Chrome = context.Chrome,
            Steps = context.Steps(person),
            Meta = context.Meta.Detail(person.Name, $"{person.Name}: {person.Relation}. {person.Summary}".TrimEnd(' ', '.') + ".", context.Urls.Person(person.Id),
                context.Navigation.People, "profile", context.Meta.Data.Person(person)),
        };
    }
}
