using System.Net;
using Site.Engine.Markdown;
using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering;

public sealed partial class PagePlanner
{
    private TimelineView Timeline()
    {
        var dated = _graph.Chronological.Where(f => f.Date is not null).ToList();
        var years = dated.GroupBy(f => f.Date!.Value.Year)
            .Select(g => (g.Key, (IReadOnlyList<FactView>)g.Select(FactView).ToList()))
            .ToList();
        var span = dated.Count == 0 ? string.Empty : $" from {dated[0].Date!.Value.Year} to {dated[^1].Date!.Value.Year}";
        return new TimelineView(years, _graph.Content.Facts.Count - dated.Count)
        {
            Chrome = _chrome,
            Meta = Meta("Timeline", $"Every dated event in the lives and work of Kevin Bacon and Kyra Sedgwick{span}, each with its sources.", _urls.Timeline, "timeline"),
        };
    }

    private QuotesView Quotes()
    {
        var groups = _graph.Content.Quotes
            .GroupBy(q => string.Join('+', q.Speakers.Select(s => s.Value)), StringComparer.Ordinal)
            .Select(g => (
                "speaker-" + g.Key.Replace('+', '-'),
                SpeakersLink(g.First().Speakers),
                (IReadOnlyList<QuoteView>)g.OrderBy(q => q.Date is null).ThenBy(q => q.Date).Select(QuoteView).ToList()))
            .ToList();
        return new QuotesView(groups)
        {
            Chrome = _chrome,
            Meta = Meta("Quotes", $"{_graph.Content.Quotes.Count} things Kevin Bacon, Kyra Sedgwick and others said, as the sources reproduce them, grouped by speaker.", _urls.Quotes, "quotes"),
        };
    }

    private LinkView SpeakersLink(IReadOnlyList<Located<string>> speakers) =>
        speakers.Count == 1
            ? SubjectLink(speakers[0].Value)
            : new LinkView(string.Join(" and ", speakers.Select(s => _graph.People[s.Value].Name)), _urls.Person(speakers[0].Value));

    private DisputesView Disputes()
    {
        var disputes = _graph.Disputes
            .Select(d => ("claim-" + d.Claim.Id, d.Claim.Question,
                (IReadOnlyList<DisputeSideView>)d.Sides.Select(s => new DisputeSideView(s.Value, s.Facts.Select(FactView).ToList(), Quotations(s.Facts)))
                    .ToList()))
            .ToList();
        return new DisputesView(disputes)
        {
            Chrome = _chrome,
            Meta = Meta("Where the sources disagree", $"{disputes.Count} points on which the articles about Kevin Bacon and Kyra Sedgwick disagree, each side shown with its citations.", _urls.Disputes, "disputes"),
        };
    }

    /// <summary>
    /// Every passage the facts cite, once each, in the order of the facts: the words a reader weighs to judge a side,
    /// each linking to where the source's page shows it.
    /// </summary>
    private List<CitationView> Quotations(IEnumerable<Fact> facts) =>
        facts.SelectMany(f => f.Citations.Select(c => Citation(c.Source.Value, "fact-" + f.Id, c.Quote.Value)))
            .DistinctBy(c => (c.Href, c.Quote))
            .ToList();

    private NotFoundView NotFound() =>
        new(_chrome.Navigation.Select(n => n.Link).Prepend(new LinkView("Home", _urls.Home)).ToList())
        {
            Chrome = _chrome,
            Meta = Meta("Page not found", "The page you asked for does not exist on this site.", _urls.NotFound, null),
        };

    private ProseView Prose(Page page) =>
        new(RenderMarkdown(page))
        {
            Chrome = _chrome,
            Meta = Meta(page.Title, page.Description, _urls.Page(page.Slug), page.Slug),
        };

    private string RenderMarkdown(Page page)
    {
        var writer = new StringWriter();

        // Site paths in Markdown are written from the site root (/disputes/); the base path goes in front here.
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { LinkRewriter = _urls.FromMarkdown };
        MarkdownPipelines.Rendering(CitationMarker).Setup(renderer);
        renderer.Render(page.Document);
        return writer.ToString();
    }

    /// <summary>The HTML of a <c>[@fact-id]</c> marker: one small numbered link per citation of the fact.</summary>
    private string CitationMarker(string factId)
    {
        var links = _graph.Facts[factId].Citations.DistinctBy(c => c.Source.Value).Select(c =>
        {
            var citation = Citation(c.Source.Value, "fact-" + factId, c.Quote.Value);
            var label = WebUtility.HtmlEncode($"Source {citation.Number}: {citation.SourceTitle}");
            return $"<a href=\"{WebUtility.HtmlEncode(citation.Href)}\" aria-label=\"{label}\">{citation.Number}</a>";
        });
        return $"<sup class=\"cite\">{string.Join("<span class=\"sep\">,</span>", links)}</sup>";
    }
}
