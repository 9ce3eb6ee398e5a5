using System.Text.Json.Nodes;
using Site.Engine.Linking;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering;

/// <summary>Plans the site: decides which pages exist and builds the view model of each from the linked content.</summary>
public sealed partial class PagePlanner
{
    /// <summary>The slug of the Markdown page whose body introduces the home page.</summary>
    public const string HomeSlug = "home";

    /// <summary>The slug of the Markdown page that tells the couple's story.</summary>
    public const string CoupleSlug = "couple";

    private readonly SiteGraph _graph;
    private readonly SiteUrls _urls;
    private readonly SiteChrome _chrome;
    private readonly StructuredData _data;
    private readonly Lazy<IReadOnlyList<(string Heading, IReadOnlyList<Search.SearchEntry> Entries)>> _searchGroups;

    /// <summary>Creates a planner for <paramref name="graph"/> with addresses from <paramref name="urls"/>.</summary>
    public PagePlanner(SiteGraph graph, SiteUrls urls)
    {
        _graph = graph;
        _urls = urls;
        _data = new StructuredData(graph, urls);
        _chrome = BuildChrome();
        _searchGroups = new(BuildSearchGroups);
    }

    /// <summary>Every page of the site, in a fixed order.</summary>
    public IReadOnlyList<PagePlan> Plan()
    {
        // Each view is built when the theme renders its page, on the rendering threads.
        List<PagePlan> plans =
        [
            Planned(_urls.Home, Home),
            Planned(_urls.Timeline, Timeline),
            Planned(_urls.Works, WorkIndex),
            Planned(_urls.People, PersonIndex),
            Planned(_urls.Sources, SourceIndex),
            Planned(_urls.Quotes, Quotes),
            Planned(_urls.Disputes, Disputes),
            Planned(_urls.Search, SearchPage),
            Planned(_urls.NotFound, NotFound),
        ];
        plans.AddRange(_graph.Content.Pages.Where(p => !p.IsHome).Select(p => Planned(_urls.Page(p.Slug), () => Prose(p))));
        plans.AddRange(_graph.Content.Works.Select(w => Planned(_urls.Work(w.Id), () => Work(w))));
        plans.AddRange(_graph.Content.People.Select(p => Planned(_urls.Person(p.Id), () => Person(p))));
        plans.AddRange(_graph.Content.Sources.Select(s => Planned(_urls.Source(s.Id), () => Source(s))));
        return plans;
    }

    private PagePlan Planned(string path, Func<PageView> view) => new(_urls.OutputPath(path), path, view);

    private SiteChrome BuildChrome()
    {
        var navigation = new List<(string, LinkView)>
        {
            ("couple", new LinkView("The couple", _urls.Couple)),
            ("timeline", new LinkView("Timeline", _urls.Timeline)),
            ("works", new LinkView("Works", _urls.Works)),
            ("people", new LinkView("People", _urls.People)),
            ("quotes", new LinkView("Quotes", _urls.Quotes)),
            ("sources", new LinkView("Sources", _urls.Sources)),
            ("disputes", new LinkView("Disputed", _urls.Disputes)),
            ("search", new LinkView("Search", _urls.Search)),
        };
        navigation.AddRange(_graph.Content.Pages
            .Where(p => p.Slug is not HomeSlug and not CoupleSlug)
            .Select(p => (p.Slug, new LinkView(p.Title, _urls.Page(p.Slug)))));
        if (!_graph.Content.Pages.Any(p => p.Slug == CoupleSlug))
        {
            navigation.RemoveAt(0);
        }

        return new SiteChrome(
            _graph.Settings.Title,
            _graph.Settings.Language,
            _urls.Home,
            _urls.Stylesheet,
            navigation,
            $"Every fact on this site cites a verbatim quote from one of {_graph.Content.Sources.Count} source articles, checked when the site is built.");
    }

    /// <summary>A page's metadata; detail pages (those with <paramref name="crumbs"/>) also get a BreadcrumbList.</summary>
    private PageMeta Meta(string title, string description, string path, string? section, LinkView[]? crumbs = null,
        string openGraphType = "website", JsonObject? data = null)
    {
        LinkView[] trail = crumbs is null ? [] : [new LinkView("Home", _urls.Home), .. crumbs];
        var jsonLd = new List<string>();
        if (data is not null)
        {
            jsonLd.Add(StructuredData.Serialize(data));
        }

        if (trail.Length > 0)
        {
            jsonLd.Add(StructuredData.Serialize(_data.Breadcrumbs(trail, title, path)));
        }

        return new PageMeta(title, Shorten(description), path, section, trail, _urls.Absolute(path), openGraphType, jsonLd, _urls.Feed);
    }

    /// <summary>Cuts a description to what search engines show, at a word boundary.</summary>
    private static string Shorten(string text)
    {
        const int Max = 160;
        if (text.Length <= Max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Max - 1);
        return text[..(cut > 80 ? cut : Max - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
