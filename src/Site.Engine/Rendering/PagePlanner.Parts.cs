using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering;

public sealed partial class PagePlanner
{
    private FactView FactView(Fact fact) => new(
        fact.Id,
        fact.Statement,
        fact.Date?.Iso,
        fact.Date?.DisplayAs(fact.DateReported),
        fact.About.Select(a => SubjectLink(a.Value)).ToList(),
        Citations(fact.Citations, "fact-" + fact.Id),
        _graph.DisputeOf(fact) is { } claim ? new LinkView(claim.Question, _urls.Dispute(claim.Id)) : null);

    /// <summary>One link per cited source: the anchor on the source's page shows every passage quoted from it.</summary>
    private List<CitationView> Citations(IEnumerable<Citation> citations, string anchor) =>
        citations.DistinctBy(c => c.Source.Value).Select(c => Citation(c.Source.Value, anchor, c.Quote.Value)).ToList();

    private CitationView Citation(string sourceId, string anchor, string quote) =>
        new(_graph.SourceNumbers[sourceId], _urls.Source(sourceId) + "#" + anchor, SourceTitle(_graph.Sources[sourceId]), quote);

    private QuoteView QuoteView(Quote quote) => new(
        quote.Id,
        quote.Text.Value,
        quote.Speakers.Select(s => SubjectLink(s.Value)).ToList(),
        quote.SaidTo?.Value,
        quote.Date?.DisplayAs(quote.DateReported),
        quote.Context,
        Citation(quote.Source.Value, "quote-" + quote.Id, quote.Text.Value));

    private LinkView SubjectLink(string id) =>
        _graph.People.ContainsKey(id) ? new LinkView(_graph.People[id].Name, _urls.Person(id)) : new LinkView(_graph.Works[id].Title, _urls.Work(id));

    private WorkRow WorkRow(Work work) => new(
        new LinkView(work.Title, _urls.Work(work.Id)),
        work.Year?.Display,
        work.Kind.Label(),
        work.Credits.Select(c => $"{_graph.People[c.Person.Value].Name} ({CreditText(c)})").Distinct(StringComparer.Ordinal).ToList(),
        _graph.IsTogether(work),
        work.Summary);

    private static string CreditText(Credit credit) =>
        credit.As is null ? CreditRoles.Labels[credit.Role] : $"{CreditRoles.Labels[credit.Role]} as {credit.As}";

    private static string CreditAnchor(Work work, Credit credit) => $"credit-{work.Id}-{credit.Person.Value}-{credit.Role}";

    private SourceRow SourceRow(Source source) => new(
        _graph.SourceNumbers[source.Id],
        new LinkView(SourceTitle(source), _urls.Source(source.Id)),
        source.Headline?.Value,
        source.Date?.Value.Iso,
        source.Date?.Value.Display,
        source.Publisher?.Value,
        source.Seed.Value,
        source.Summary,
        _graph.FactsCiting[source.Id].Count(),
        _graph.QuotesFrom[source.Id].Count());

    private string SourceTitle(Source source) => SourceTitles.Of(source, _graph.SourceNumbers[source.Id]);

    private static IEnumerable<Work> WorksByYear(IEnumerable<Work> works) =>
        works.OrderBy(w => w.Year is null).ThenBy(w => w.Year).ThenBy(w => w.Title, StringComparer.Ordinal);
}
