using Site.Engine.Diagnostics;
using Site.Engine.Model;

namespace Site.Engine.Loading;

/// <summary>
/// Turns one checked YAML mapping into one model record. A record is kept whenever its id can be read, even with
/// other required parts missing (already reported), so that later stages report its other problems in the same run.
/// </summary>
internal static class RecordLoaders
{
    private static readonly string[] Booleans = ["true", "false"];

    /// <summary>Reads the site settings.</summary>
    public static SiteSettings? LoadSettings(MappingReader r)
    {
        var title = r.Text(Keys.Site.Title, required: true, "Kevin Bacon & Kyra Sedgwick", Limits.Title);
        var description = r.Text(Keys.Site.Description, required: true, maxLength: Limits.Description);
        var language = r.Text(Keys.Site.Language, required: true, "en");
        var baseUrl = r.Text(Keys.Site.BaseUrl, required: true, "https://example.org/");
        var basePath = r.Text(Keys.Site.BasePath, required: false);
        var couple = r.Ids(Keys.Site.Couple, required: true, "[kevin-bacon, kyra-sedgwick]");
        var shareCards = Flag(r, Keys.Site.ShareCards, absent: true);
        if (title is not { } t || description is not { } d || language is not { } l || baseUrl is not { } b)
        {
            return null;
        }

        return new SiteSettings(t.Value, d.Value, l.Value, b.Value, basePath?.Value, couple, b.Span, basePath?.Span)
        {
            ShareCards = shareCards,
        };
    }

    /// <summary>An optional field that is <c>true</c> or <c>false</c>; <paramref name="absent"/> when it is missing, or wrong (reported).</summary>
    private static bool Flag(MappingReader r, string key, bool absent)
    {
        if (r.Text(key, required: false) is not { } text)
        {
            return absent;
        }

        if (text.Value is "true" or "false")
        {
            return text.Value == "true";
        }

        r.File.Diagnostics.Add(Errors.NotOneOf(text.Span, key, text.Value, Booleans, Suggestions.Closest(text.Value, Booleans)));
        return absent;
    }

    /// <summary>Reads a source.</summary>
    public static Source? LoadSource(MappingReader r)
    {
        var id = r.Id(example: "hello-2024");
        var seed = r.Text(Keys.Sources.Seed, required: true, "000_45f2fd7f9c2ac05a.txt");
        var headline = r.Text(Keys.Sources.Headline, required: false);
        var date = r.Date(Keys.Sources.Date);
        var publisher = r.Text(Keys.Sources.Publisher, required: false);
        var outlets = r.Mappings(Keys.Sources.Outlets, required: false, "outlet", Keys.Outlets.All, "[{ name: People, quote: \"reports People magazine\" }]")
            .Select(LoadOutlet).OfType<Outlet>().ToArray();
        var summary = r.Text(Keys.Sources.Summary, required: true);
        var url = r.Url(Keys.Sources.Url);
        if (id is not { } i)
        {
            return null;
        }

        return new Source(i.Value, i.Span, seed ?? new Located<string>(string.Empty, i.Span), headline, date, publisher, outlets, summary?.Value ?? string.Empty, url);
    }

    private static Outlet? LoadOutlet(MappingReader r)
    {
        var name = r.Text(Keys.Outlets.Name, required: true, "People");
        var quote = r.Text(Keys.Outlets.Quote, required: true, "\"reports People magazine\"");
        return name is { } n && quote is { } q ? new Outlet(n, q) : null;
    }

    /// <summary>Reads a person.</summary>
    public static Person? LoadPerson(MappingReader r)
    {
        var id = r.Id(example: "kevin-bacon");
        var name = r.Text(Keys.People.Name, required: true, "Kevin Bacon", Limits.Title);
        var relation = r.Text(Keys.People.Relation, required: true, "Kyra Sedgwick's husband");
        var summary = r.Text(Keys.People.Summary, required: false);
        var children = r.Ids(Keys.People.Children, required: false, "[travis-bacon]");
        var sameAs = r.Urls(Keys.People.SameAs);
        var citations = CitationLoader.Load(r, Keys.People.Citations);
        return id is not { } i ? null : new Person(i.Value, i.Span, name?.Value ?? i.Value, relation?.Value ?? string.Empty, summary?.Value, citations, children, sameAs);
    }

    /// <summary>Reads a work and its credits.</summary>
    public static Work? LoadWork(MappingReader r)
    {
        var id = r.Id(example: "lemon-sky");
        var title = r.Text(Keys.Works.Title, required: true, "Lemon Sky", Limits.Title);
        var kind = r.OneOf(Keys.Works.Kind, WorkKinds.All, "film");
        var year = r.Date(Keys.Works.Year);
        var summary = r.Text(Keys.Works.Summary, required: true);
        var credits = r.Mappings(Keys.Works.Credits, required: false, "credit", Keys.Credits.All, "[{ person: kevin-bacon, role: acted }]")
            .Select(LoadCredit).OfType<Credit>().ToArray();
        // One person may hold one role twice as two characters (`as`), but not twice alike.
        foreach (var repeat in credits.GroupBy(c => (c.Person.Value, c.Role, c.As)).Where(g => g.Count() > 1))
        {
            var first = repeat.First().Person.Span;
            foreach (var again in repeat.Skip(1))
            {
                r.File.Diagnostics.Add(Errors.CreditListedTwice(again.Person.Span, again.Person.Value, again.Role, first));
            }
        }

        var citations = CitationLoader.Load(r, Keys.Works.Citations);
        return id is not { } i ? null : new Work(i.Value, i.Span, title?.Value ?? i.Value, kind is null ? WorkKind.Unspecified : WorkKinds.Parse(kind), year?.Value, summary?.Value ?? string.Empty, credits, citations,
            year?.Span ?? default);
    }

    private static Credit? LoadCredit(MappingReader r)
    {
        var person = r.Reference(Keys.Credits.Person, "kevin-bacon");
        var role = r.OneOf(Keys.Credits.Role, CreditRoles.All, "acted");
        var character = r.Text(Keys.Credits.As, required: false);
        var citations = CitationLoader.Load(r, Keys.Credits.Citations);
        return person is not { } p || role is null ? null : new Credit(p, role, character?.Value, citations);
    }

    /// <summary>Reads a fact.</summary>
    public static Fact? LoadFact(MappingReader r)
    {
        var id = r.Id(example: "married-1988");
        var statement = r.Text(Keys.Facts.Statement, required: true, "They married in 1988.");
        var about = r.Ids(Keys.Facts.About, required: true, "[kevin-bacon, kyra-sedgwick]");
        var date = r.EventDate(Keys.Facts.Date, allowReported: true);
        var citations = CitationLoader.Load(r, Keys.Facts.Citations);
        var claim = r.Mapping(Keys.Facts.Claim, "claim", Keys.ClaimValues.All) is { } c ? LoadClaimValue(c) : null;
        return id is not { } i ? null : new Fact(i.Value, i.Span, statement?.Value ?? string.Empty, about, date?.Value, citations, claim,
            date?.Reported ?? false, date?.Span ?? default);
    }

    private static ClaimValue? LoadClaimValue(MappingReader r)
    {
        var key = r.Reference(Keys.ClaimValues.Key, "year-met");
        var value = r.Text(Keys.ClaimValues.Value, required: true, "1987");
        return key is not { } k || value is not { } v ? null : new ClaimValue(k, v.Value);
    }

    /// <summary>Reads a claim definition.</summary>
    public static Claim? LoadClaim(MappingReader r)
    {
        var id = r.Id(example: "year-met");
        var question = r.Text(Keys.Claims.Question, required: true, "When did they meet?");
        return id is not { } i ? null : new Claim(i.Value, i.Span, question?.Value ?? string.Empty);
    }

    /// <summary>Reads a quote.</summary>
    public static Quote? LoadQuote(MappingReader r)
    {
        var id = r.Id(example: "no-secret");
        var speakers = r.Ids(Keys.Quotes.Speakers, required: true, "[kyra-sedgwick]");
        var text = r.Text(Keys.Quotes.Text, required: true, "\"the exact words\"");
        var source = r.Reference(Keys.Quotes.Source, "people-2024");
        var saidTo = r.Text(Keys.Quotes.SaidTo, required: false);
        var date = r.EventDate(Keys.Quotes.Date, allowReported: true);
        var context = r.Text(Keys.Quotes.Context, required: true);
        var about = r.Ids(Keys.Quotes.About, required: false, "[lemon-sky]");
        var citations = CitationLoader.Load(r, Keys.Quotes.Citations, required: false);
        if (id is not { } i || text is not { } t || source is not { } s)
        {
            return null;
        }

        return new Quote(i.Value, i.Span, speakers, t, s, saidTo, date?.Value, context?.Value ?? string.Empty, about, citations,
            date?.Reported ?? false, date?.Span ?? default);
    }

    /// <summary>The longest names and titles, and the longest site description: each is shown on many pages.</summary>
    private static class Limits
    {
        /// <summary>The site's title, a person's name, a work's title.</summary>
        public const int Title = 150;

        /// <summary>The site's description, in the head of every page.</summary>
        public const int Description = 400;
    }
}
