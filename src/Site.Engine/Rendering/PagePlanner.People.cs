using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering;

public sealed partial class PagePlanner
{
    private string PeopleDescription =>
        $"The {_graph.Content.People.Count} people the sources mention: the couple, their family, and the people they work with.";

    private PersonIndexView PersonIndex() =>
        new(_graph.Content.People.Select(p => new PersonRow(new LinkView(p.Name, _urls.Person(p.Id)), p.Relation, _graph.FactsAbout[p.Id].Count())).ToList())
        {
            Chrome = _chrome,
            Meta = Meta("People", PeopleDescription, _urls.People, "people", data: _data.Collection("People", _urls.People, PeopleDescription)),
        };

    private PersonView Person(Person person)
    {
        var credits = _graph.CreditsOf[person.Id]
            .OrderBy(c => c.Work.Year is null).ThenBy(c => c.Work.Year).ThenBy(c => c.Work.Title, StringComparer.Ordinal)
            .Select(c => new CreditView(new LinkView(c.Work.Title, _urls.Work(c.Work.Id)), CreditRoles.Labels[c.Credit.Role], c.Credit.As, Citations(c.Credit.Citations, CreditAnchor(c.Work, c.Credit))))
            .ToList();
        var quotesBy = _graph.QuotesBy[person.Id].ToList();
        return new PersonView(
            person.Relation,
            Citations(person.Citations, "person-" + person.Id),
            person.Summary,
            credits,
            _graph.FactsAbout[person.Id].Select(FactView).ToList(),
            quotesBy.Select(QuoteView).ToList(),
            _graph.QuotesAbout[person.Id].Except(quotesBy).Select(QuoteView).ToList())
        {
            Chrome = _chrome,
            Meta = Meta(person.Name, $"{person.Name}: {person.Relation}. {person.Summary}".TrimEnd(' ', '.') + ".", _urls.Person(person.Id), "people",
                [new LinkView("People", _urls.People)], "profile", _data.Person(person)),
        };
    }
}
