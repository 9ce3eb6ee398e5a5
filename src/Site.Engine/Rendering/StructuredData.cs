using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Site.Engine.Linking;
using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering;

/// <summary>Builds schema.org JSON-LD for pages: Person, Movie, TVSeries, MusicGroup, CreativeWork, NewsArticle, BreadcrumbList.</summary>
/// <param name="graph">The linked content.</param>
/// <param name="urls">The site's addresses.</param>
internal sealed class StructuredData(SiteGraph graph, SiteUrls urls)
{
    // The default encoder escapes <, > and &, so the JSON can never close the script element it sits in.
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    /// <summary>Serialises a JSON-LD object.</summary>
    public static string Serialize(JsonObject data) => data.ToJsonString(Compact);

    /// <summary>The site itself, for the home page.</summary>
    public JsonObject WebSite() => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = graph.Settings.Title,
        ["description"] = graph.Settings.Description,
        ["url"] = urls.Absolute(urls.Home),
        ["inLanguage"] = graph.Settings.Language,
        ["about"] = new JsonArray(graph.Settings.Couple.Select(c => (JsonNode)PersonRef(c.Value)).ToArray()),
    };

    /// <summary>A person, with spouse, children and sameAs where known.</summary>
    public JsonObject Person(Person person)
    {
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Person",
            ["name"] = person.Name,
            ["url"] = urls.Absolute(urls.Person(person.Id)),
            ["description"] = person.Relation,
        };
        var couple = graph.Settings.Couple.Select(c => c.Value).ToList();
        if (couple.Count == 2 && couple.Contains(person.Id))
        {
            data["spouse"] = PersonRef(couple.Single(c => c != person.Id));
        }

        if (person.Children.Count > 0)
        {
            data["children"] = new JsonArray(person.Children.Select(c => (JsonNode)PersonRef(c.Value)).ToArray());
        }

        if (person.SameAs.Count > 0)
        {
            data["sameAs"] = new JsonArray(person.SameAs.Select(u => (JsonNode)u.Value).ToArray());
        }

        return data;
    }

    /// <summary>A work: Movie for films, TVSeries for series and shows, MusicGroup for bands, CreativeWork otherwise.</summary>
    public JsonObject Work(Work work)
    {
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = work.Kind switch
            {
                _ when work.Kind.IsMovie() => "Movie",
                WorkKind.Series or WorkKind.TalkShow => "TVSeries",
                WorkKind.Band => "MusicGroup",
                _ => "CreativeWork",
            },
            ["name"] = work.Title,
            ["url"] = urls.Absolute(urls.Work(work.Id)),
            ["description"] = work.Summary,
        };
        if (work.Year is { } year)
        {
            data["datePublished"] = year.Iso;
        }

        AddPeople(data, work.Kind == WorkKind.Band ? "member" : "actor", work, "acted", "member");
        AddPeople(data, "director", work, "directed");
        AddPeople(data, "creator", work, "wrote", "created");
        AddPeople(data, "musicBy", work, "scored");
        return data;
    }

    /// <summary>A source article, with only the headline, date and publisher it states; its address is the original's where known.</summary>
    public JsonObject Article(Source source)
    {
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["url"] = source.Url?.Value ?? urls.Absolute(urls.Source(source.Id)),
            ["description"] = source.Summary,
            ["about"] = new JsonArray(graph.Settings.Couple.Select(c => (JsonNode)PersonRef(c.Value)).ToArray()),
        };
        if (source.Headline is { } headline)
        {
            data["headline"] = headline.Value;
        }

        if (source.Date is { } date)
        {
            data["datePublished"] = date.Value.Iso;
        }

        if (source.Publisher is { } publisher)
        {
            data["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher.Value };
        }

        return data;
    }

    /// <summary>A collection page, for the indexes.</summary>
    public JsonObject Collection(string name, string href, string description) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "CollectionPage",
        ["name"] = name,
        ["url"] = urls.Absolute(href),
        ["description"] = description,
    };

    /// <summary>The breadcrumb trail of a detail page, ending with the page itself.</summary>
    public JsonObject Breadcrumbs(IReadOnlyList<LinkView> trail, string title, string href)
    {
        var items = trail.Append(new LinkView(title, href)).Select((crumb, i) => (JsonNode)new JsonObject
        {
            ["@type"] = "ListItem",
            ["position"] = i + 1,
            ["name"] = crumb.Text,
            ["item"] = urls.Absolute(crumb.Href),
        });
        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = new JsonArray(items.ToArray()),
        };
    }

    private void AddPeople(JsonObject data, string property, Work work, params string[] roles)
    {
        var people = work.Credits.Where(c => roles.Contains(c.Role)).Select(c => c.Person.Value).Distinct(StringComparer.Ordinal).ToList();
        if (people.Count > 0)
        {
            data[property] = new JsonArray(people.Select(p => (JsonNode)PersonRef(p)).ToArray());
        }
    }

    private JsonObject PersonRef(string id) => new()
    {
        ["@type"] = "Person",
        ["name"] = graph.People[id].Name,
        ["url"] = urls.Absolute(urls.Person(id)),
    };
}
