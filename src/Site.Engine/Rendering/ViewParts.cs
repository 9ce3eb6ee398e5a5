using Site.Engine.Linking;
using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering;

/// <summary>Builds the parts of views that many pages show: facts, quotes, citations, credits, rows and links.</summary>
/// <param name="graph">The linked content.</param>
/// <param name="urls">The site's addresses.</param>
internal sealed class ViewParts(SiteGraph graph, SiteUrls urls)
{
    /// <summary>A fact with its date, what it is about, its citations and the dispute it takes a side in.</summary>
    public FactView FactView(Fact fact) => new(
        SiteUrls.FactAnchor(fact.Id),
        fact.Statement,
        fact.Date?.Iso,
        fact.Date?.DisplayAs(fact.DateReported),
        fact.About.Select(a => SubjectLink(a.Value)).ToList(),
        Citations(fact.Citations, SiteUrls.FactAnchor(fact.Id)),
        DisputeLink(fact));

    /// <summary>A link to the disagreement a fact takes a side in, or null.</summary>
    public LinkView? DisputeLink(Fact fact) =>
        graph.DisputeOf(fact) is { } claim ? new LinkView(claim.Question, urls.Dispute(claim.Id)) : null;

    /// <summary>One citation per cited source, with every passage quoted from it: the <paramref name="anchor"/> on the source's page shows them.</summary>
    public List<CitationView> Citations(IEnumerable<Citation> citations, string anchor) =>
        citations.GroupBy(c => c.Source.Value)
            .Select(g => Citation(g.Key, anchor, g.Select(c => c.Quote.Value).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();

    /// <summary>A citation of the passages of a source shown under <paramref name="anchor"/> on its page.</summary>
    public CitationView Citation(string sourceId, string anchor, IReadOnlyList<string> quotes) =>
        new(graph.SourceNumbers[sourceId], SiteUrls.At(urls.Source(sourceId), anchor), SourceTitle(graph.Sources[sourceId]), quotes);

    /// <summary>A quote, attributed to its speakers and cited to its source.</summary>
    public QuoteView QuoteView(Quote quote) => new(
        SiteUrls.QuoteAnchor(quote.Id),
        quote.Text.Value,
        quote.Speakers.Select(s => SubjectLink(s.Value)).ToList(),
        quote.SaidTo?.Value,
        quote.Date?.DisplayAs(quote.DateReported),
        quote.Context,
        Citation(quote.Source.Value, SiteUrls.QuoteAnchor(quote.Id), [quote.Text.Value]));

    /// <summary>A credit, naming <paramref name="subject"/>: the person on a work's page, the work on a person's page.</summary>
    public CreditView CreditView(LinkView subject, Work work, Credit credit) =>
        new(subject, CreditRoles.Labels[credit.Role], credit.As, Citations(credit.Citations, SiteUrls.CreditAnchor(work, credit)));

    /// <summary>A link to the page of a person or a work.</summary>
    public LinkView SubjectLink(string id) => graph.People.TryGetValue(id, out var person) ? PersonLink(person) : WorkLink(graph.Works[id]);

    /// <summary>A link to a person's page.</summary>
    public LinkView PersonLink(Person person) => new(person.Name, urls.Person(person.Id));

    /// <summary>A link to a work's page.</summary>
    public LinkView WorkLink(Work work) => new(work.Title, urls.Work(work.Id));

    /// <summary>A work's row of the filmography.</summary>
    public WorkRow WorkRow(Work work) => new(
        WorkLink(work),
        work.Year?.Display,
        work.Kind.Label(),
        work.Credits.Select(c => $"{graph.People[c.Person.Value].Name} ({CreditText(c)})").Distinct(StringComparer.Ordinal).ToList(),
        graph.IsTogether(work),
        work.Summary);

    /// <summary>A source's identity, with how much of the site cites it.</summary>
    public SourceRow SourceRow(Source source) => new(
        graph.SourceNumbers[source.Id],
        new LinkView(SourceTitle(source), urls.Source(source.Id)),
        source.Headline?.Value,
        source.Date?.Value.Iso,
        source.Date?.Value.Display,
        source.Publisher?.Value,
        source.Seed.Value,
        source.Summary,
        graph.FactsCiting[source.Id].Count(),
        graph.QuotesFrom[source.Id].Count());

    /// <summary>A source's title; see <see cref="SourceTitles.Of"/>.</summary>
    public string SourceTitle(Source source) => SourceTitles.Of(source, graph.SourceNumbers[source.Id]);

    /// <summary>A credit's role as pages say it, with the character played.</summary>
    public static string CreditText(Credit credit) =>
        credit.As is null ? CreditRoles.Labels[credit.Role] : $"{CreditRoles.Labels[credit.Role]} as {credit.As}";

    /// <summary>Names as a sentence lists them: "Ann", "Ann and Bob", "Ann, Bob and Cy".</summary>
    public static string Listed(IEnumerable<string> names) => names.ToList() switch
    {
        [] => string.Empty,
        [var only] => only,
        [.. var first, var last] => $"{string.Join(", ", first)} and {last}",
    };

    /// <summary>
    /// A count and its noun: "1 work", "3 works"; <paramref name="plural"/> where the noun does not just add an s
    /// ("1 person", "3 people").
    /// </summary>
    public static string Counted(int count, string noun, string? plural = null) =>
        count == 1 ? $"1 {noun}" : $"{count} {plural ?? noun + "s"}";

    /// <summary>Works by year, then title; undated last.</summary>
    public static IEnumerable<Work> ByYear(IEnumerable<Work> works) =>
        works.OrderBy(w => w.Year is null).ThenBy(w => w.Year).ThenBy(w => w.Title, StringComparer.Ordinal);
}
