using Site.Engine.Model;

namespace Site.Engine.Linking;

/// <summary>The linked content: every record with its references resolved into indexes built once, for rendering.</summary>
public sealed class SiteGraph
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;
    private readonly Dictionary<string, Claim> _disputedFacts;

    private SiteGraph(Content content, SiteSettings settings, IReadOnlyList<MarkdownLink> markdownLinks, IReadOnlyList<Fact> chronological,
        ILookup<string, Fact> factsAbout, ILookup<string, Fact> factsCiting, ILookup<string, Listing> listingsCiting, IReadOnlyList<Dispute> disputes)
    {
        Content = content;
        Settings = settings;
        MarkdownLinks = markdownLinks;
        Sources = content.Sources.ToDictionary(s => s.Id, Ordinal);
        People = content.People.ToDictionary(p => p.Id, Ordinal);
        Works = content.Works.ToDictionary(w => w.Id, Ordinal);
        Facts = content.Facts.ToDictionary(f => f.Id, Ordinal);
        SourceNumbers = Numbered(content.Sources);
        Couple = settings.Couple.Select(c => People[c.Value]).ToList();
        Chronological = chronological;
        FactsAbout = factsAbout;
        FactsCiting = factsCiting;
        QuotesFrom = content.Quotes.ToLookup(q => q.Source.Value, Ordinal);
        QuotesBy = By(content.Quotes, q => q.Speakers.Select(s => s.Value));
        QuotesAbout = By(content.Quotes, q => q.About.Select(a => a.Value));
        CreditsOf = content.Works.SelectMany(w => w.Credits, (w, c) => new WorkCredit(w, c)).ToLookup(c => c.Credit.Person.Value, Ordinal);
        ListingsCiting = listingsCiting;
        Disputes = disputes;
        _disputedFacts = disputes.SelectMany(d => d.Sides.SelectMany(s => s.Facts), (d, f) => new Keyed<Claim>(f.Id, d.Claim))
            .ToDictionary(x => x.Key, x => x.Item, Ordinal);
    }

    /// <summary>The content as read.</summary>
    public Content Content { get; }

    /// <summary>The site settings.</summary>
    public SiteSettings Settings { get; }

    /// <summary>The people the site is about, in the order of the settings' <c>couple</c>.</summary>
    public IReadOnlyList<Person> Couple { get; }

    /// <summary>Every link and image written in a Markdown page, in the order of the pages and of their text.</summary>
    public IReadOnlyList<MarkdownLink> MarkdownLinks { get; }

    /// <summary>Sources by id.</summary>
    public IReadOnlyDictionary<string, Source> Sources { get; }

    /// <summary>Each source's number, 1-based in the order of <c>sources.yaml</c>: the label of its citation links.</summary>
    public IReadOnlyDictionary<string, int> SourceNumbers { get; }

    /// <summary>People by id.</summary>
    public IReadOnlyDictionary<string, Person> People { get; }

    /// <summary>Works by id.</summary>
    public IReadOnlyDictionary<string, Work> Works { get; }

    /// <summary>Facts by id.</summary>
    public IReadOnlyDictionary<string, Fact> Facts { get; }

    /// <summary>Every fact, oldest first, undated last (and by id on the same date).</summary>
    public IReadOnlyList<Fact> Chronological { get; }

    /// <summary>Facts by the id of each person or work they are about, oldest first, undated last.</summary>
    public ILookup<string, Fact> FactsAbout { get; }

    /// <summary>Facts by the id of each source they cite, oldest first, undated last.</summary>
    public ILookup<string, Fact> FactsCiting { get; }

    /// <summary>Quotes by the id of the source that reproduces them.</summary>
    public ILookup<string, Quote> QuotesFrom { get; }

    /// <summary>Quotes by the id of each speaker.</summary>
    public ILookup<string, Quote> QuotesBy { get; }

    /// <summary>Quotes by the id of each person or work they concern.</summary>
    public ILookup<string, Quote> QuotesAbout { get; }

    /// <summary>Each person's credits, with their works.</summary>
    public ILookup<string, WorkCredit> CreditsOf { get; }

    /// <summary>The people, works and credits whose listing cites each source, by source id, in file order.</summary>
    public ILookup<string, Listing> ListingsCiting { get; }

    /// <summary>Every claim on which facts give different answers, in the order of <c>claims.yaml</c>.</summary>
    public IReadOnlyList<Dispute> Disputes { get; }

    /// <summary>The claim a fact takes a side on, when the sources disagree on it; otherwise null.</summary>
    public Claim? DisputeOf(Fact fact) => _disputedFacts.GetValueOrDefault(fact.Id);

    /// <summary>True when both members of the couple have a credit on the work.</summary>
    public bool IsTogether(Work work) =>
        Couple.Count > 1 && Couple.All(c => work.Credits.Any(credit => credit.Person.Value == c.Id));

    /// <summary>The display name of a person or work id.</summary>
    public string NameOf(string id) =>
        People.TryGetValue(id, out var person) ? person.Name : Works.TryGetValue(id, out var work) ? work.Title : id;

    /// <summary>
    /// Builds the indexes of <paramref name="content"/>; assumes every reference was checked by <see cref="Linker"/>.
    /// The indexes that take time on a large site are built side by side, on every core.
    /// </summary>
    internal static SiteGraph Build(Content content, SiteSettings settings, IReadOnlyList<MarkdownLink> markdownLinks)
    {
        var chronological = content.Facts.OrderBy(f => f.Date is null).ThenBy(f => f.Date).ThenBy(f => f.Id, Ordinal).ToList();
        ILookup<string, Fact>? about = null;
        ILookup<string, Fact>? citing = null;
        ILookup<string, Listing>? listings = null;
        IReadOnlyList<Dispute>? disputes = null;
        Parallel.Invoke(
            () => about = By(chronological, f => f.About.Select(a => a.Value)),
            () => citing = By(chronological, f => f.Citations.Select(c => c.Source.Value).Distinct(Ordinal)),
            () => listings = ListingsBySource(content),
            () => disputes = FindDisputes(content));
        return new SiteGraph(content, settings, markdownLinks, chronological, about!, citing!, listings!, disputes!);
    }

    private static List<Dispute> FindDisputes(Content content)
    {
        var answers = content.Facts.Where(f => f.Claim is not null).ToLookup(f => f.Claim!.Key.Value, Ordinal);
        var disputes = new List<Dispute>();
        foreach (var claim in content.Claims)
        {
            var sides = answers[claim.Id]
                .GroupBy(f => f.Claim!.Value, Ordinal)
                .Select(g => new DisputeSide(g.Key, g.ToList()))
                .ToList();
            if (sides.Count > 1)
            {
                disputes.Add(new Dispute(claim, sides));
            }
        }

        return disputes;
    }

    private static ILookup<string, Listing> ListingsBySource(Content content)
    {
        static IEnumerable<string> Sources(IEnumerable<Citation> citations) => citations.Select(c => c.Source.Value).Distinct(Ordinal);
        var people = content.People.SelectMany(p => Sources(p.Citations), (p, s) => new Keyed<Listing>(s, new Listing.PersonEntry(p)));
        var works = content.Works.SelectMany(w => Sources(w.Citations).Select(s => new Keyed<Listing>(s, new Listing.WorkEntry(w)))
            .Concat(w.Credits.SelectMany(c => Sources(c.Citations), (c, s) => new Keyed<Listing>(s, new Listing.CreditEntry(w, c)))));
        return people.Concat(works).ToLookup(x => x.Key, x => x.Item, Ordinal);
    }

    /// <summary>Each item under each of its keys, in the items' order.</summary>
    private static ILookup<string, T> By<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> keys) =>
        items.SelectMany(keys, (item, key) => new Keyed<T>(key, item)).ToLookup(x => x.Key, x => x.Item, Ordinal);

    /// <summary>Each source's number, 1-based in file order.</summary>
    private static Dictionary<string, int> Numbered(IReadOnlyList<Source> sources)
    {
        var numbers = new Dictionary<string, int>(sources.Count, Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            numbers.Add(sources[i].Id, i + 1);
        }

        return numbers;
    }

    /// <summary>
    /// An item and one of its keys, for building an index. A class rather than a tuple: LINQ's operators over a value
    /// type are compiled at start-up, on every run, where those over a class share code compiled ahead of time.
    /// </summary>
    private sealed record Keyed<T>(string Key, T Item);
}
