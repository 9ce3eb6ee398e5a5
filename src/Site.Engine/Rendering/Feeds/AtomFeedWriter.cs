using System.Xml.Linq;
using Site.Engine.Linking;
using Site.Engine.Model;

namespace Site.Engine.Rendering.Feeds;

/// <summary>
/// Writes <c>feed.xml</c>, an Atom feed of the source articles, newest first. Atom requires a date on every entry,
/// and the site never guesses one, so only articles that state their date are in the feed.
/// </summary>
internal static class AtomFeedWriter
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The feed for the sources in <paramref name="graph"/>.</summary>
    public static RenderedFile Write(SiteGraph graph, SiteUrls urls)
    {
        var dated = graph.Content.Sources
            .Where(s => s.Date is not null)
            .OrderByDescending(Published).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var updated = dated.Count > 0 ? Timestamp(Published(dated[0])) : "1970-01-01T00:00:00Z";
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "title", $"{graph.Settings.Title}: news and articles"),
            new XElement(Atom + "subtitle", "The articles this site quotes, newest first. Articles that state no date are listed on the Sources page only."),
            new XElement(Atom + "id", urls.Absolute(urls.Sources)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", urls.Absolute(urls.Feed))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", urls.Absolute(urls.Sources))),
            new XElement(Atom + "updated", updated),
            new XElement(Atom + "author", new XElement(Atom + "name", graph.Settings.Title)),
            dated.Select(s => Entry(s, graph, urls)));
        return RenderedFile.FromText("feed.xml", Xml.Document(feed));
    }

    /// <summary>The date of a source that states one.</summary>
    private static PartialDate Published(Source source) => source.Date!.Value.Value;

    private static XElement Entry(Source source, SiteGraph graph, SiteUrls urls)
    {
        return new XElement(Atom + "entry",
            new XElement(Atom + "title", SourceTitles.Of(source, graph.SourceNumbers[source.Id])),
            new XElement(Atom + "id", urls.Absolute(urls.Source(source.Id))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", urls.Absolute(urls.Source(source.Id)))),
            new XElement(Atom + "updated", Timestamp(Published(source))),
            new XElement(Atom + "summary", source.Summary),
            graph.FactsCiting[source.Id].Any() ? new XElement(Atom + "category", new XAttribute("term", "cited")) : null);
    }

    /// <summary>Atom needs a full timestamp; a date known only to the month or year starts on its first day.</summary>
    private static string Timestamp(PartialDate date) => $"{date.Year:D4}-{date.Month ?? 1:D2}-{date.Day ?? 1:D2}T00:00:00Z";
}
