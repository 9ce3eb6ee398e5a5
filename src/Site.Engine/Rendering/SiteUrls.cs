namespace Site.Engine.Rendering;

/// <summary>
/// The address of every page and asset, all under one base path, and the output file each address maps to; and the
/// anchor of everything a link can point at within a page.
/// </summary>
/// <param name="basePath">The path the site is served under, such as <c>/</c> or <c>/bacon-sedgwick/</c>.</param>
/// <param name="publishedUrl">The absolute address the site is published at, for canonical links, feeds and sitemaps.</param>
public sealed class SiteUrls(string basePath, string publishedUrl = "http://localhost/")
{
    /// <summary>The base path, always starting and ending with a slash.</summary>
    public string BasePath { get; } = Validation.BasePaths.Normalize(basePath);

    /// <summary>The published address of the home page, ending in a slash.</summary>
    public string PublishedUrl { get; } = publishedUrl.TrimEnd('/') + "/";

    /// <summary>The home page.</summary>
    public string Home => Href(string.Empty);

    /// <summary>The couple's story.</summary>
    public string Couple => Href("couple/");

    /// <summary>The timeline.</summary>
    public string Timeline => Href("timeline/");

    /// <summary>The works index.</summary>
    public string Works => Href("works/");

    /// <summary>The people index.</summary>
    public string People => Href("people/");

    /// <summary>The sources index.</summary>
    public string Sources => Href("sources/");

    /// <summary>All quotations.</summary>
    public string Quotes => Href("quotes/");

    /// <summary>Where sources disagree.</summary>
    public string Disputes => Href("disputes/");

    /// <summary>The search page.</summary>
    public string Search => Href("search/");

    /// <summary>Everyone's steps to the centre of the six degrees game.</summary>
    public string Connections => Href("connections/");

    /// <summary>The search index the search page loads.</summary>
    public string SearchIndex => Href("search-index.json");

    /// <summary>The stylesheet.</summary>
    public string Stylesheet => Href("assets/site.css");

    /// <summary>The not-found page.</summary>
    public string NotFound => Href("404.html");

    /// <summary>The sitemap.</summary>
    public string Sitemap => Href("sitemap.xml");

    /// <summary>The Atom feed of sources.</summary>
    public string Feed => Href("feed.xml");

    /// <summary>A work's page.</summary>
    public string Work(string id) => Href($"works/{id}/");

    /// <summary>A person's page.</summary>
    public string Person(string id) => Href($"people/{id}/");

    /// <summary>A source's page.</summary>
    public string Source(string id) => Href($"sources/{id}/");

    /// <summary>A prose page.</summary>
    public string Page(string slug) => Href($"{slug}/");

    /// <summary>The page that shows a Markdown page's body: the home page for <c>home.md</c>, else the page of its own.</summary>
    public string Prose(Model.Page page) => page.IsHome ? Home : Page(page.Slug);

    /// <summary>An address written in Markdown as the pages hold it: a site path (<c>/works/</c>) goes under the base path.</summary>
    public string FromMarkdown(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? Href(url.TrimStart('/')) : url;

    /// <summary>A dispute on the disputes page.</summary>
    public string Dispute(string claimId) => At(Disputes, ClaimAnchor(claimId));

    /// <summary>An address with an anchor on its page.</summary>
    public static string At(string href, string anchor) => href + "#" + anchor;

    /// <summary>A fact, on every page that lists it: the pages of what it is about, and of each source it cites.</summary>
    public static string FactAnchor(string factId) => "fact-" + factId;

    /// <summary>A quote, on the quotes page and on its source's page.</summary>
    public static string QuoteAnchor(string quoteId) => "quote-" + quoteId;

    /// <summary>A person's entry, on the page of each source it cites.</summary>
    public static string PersonAnchor(string personId) => "person-" + personId;

    /// <summary>A work's entry, on the page of each source it cites.</summary>
    public static string WorkAnchor(string workId) => "work-" + workId;

    /// <summary>A credit, on the page of each source it cites; two credits of one person in one role on a work share it.</summary>
    public static string CreditAnchor(Model.Work work, Model.Credit credit) => $"credit-{work.Id}-{credit.Person.Value}-{credit.Role}";

    /// <summary>The careers chart, on the timeline.</summary>
    public const string CareersAnchor = "careers";

    /// <summary>A year, on the timeline.</summary>
    public static string YearAnchor(int year) => "year-" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A person's steps, on the connections page.</summary>
    public static string StepsAnchor(string personId) => "steps-" + personId;

    /// <summary>A disputed claim, on the disputes page.</summary>
    public static string ClaimAnchor(string claimId) => "claim-" + claimId;

    /// <summary>A speaker's quotes, or those of speakers who spoke together, on the quotes page.</summary>
    public static string SpeakersAnchor(IEnumerable<string> speakerIds) => "speaker-" + string.Join('-', speakerIds);

    /// <summary>An address under the base path, from a path relative to the site root.</summary>
    public string Href(string relative) => BasePath + relative;

    /// <summary>The published, absolute form of an address under the base path, for canonical links, feeds and sitemaps.</summary>
    public string Absolute(string href) =>
        PublishedUrl + (href.StartsWith(BasePath, StringComparison.Ordinal) ? href[BasePath.Length..] : href.TrimStart('/'));

    /// <summary>The output file for an address: a folder address maps to its <c>index.html</c>.</summary>
    public string OutputPath(string href)
    {
        var relative = href.StartsWith(BasePath, StringComparison.Ordinal) ? href[BasePath.Length..] : href.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
