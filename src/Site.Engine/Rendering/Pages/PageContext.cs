using Site.Engine.Linking;
using Site.Engine.Rendering.Cards;
using Site.Engine.Rendering.Graphs;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Pages;

/// <summary>What every page builder shares: the linked content, the site's addresses, the chrome, page metadata and the parts of views.</summary>
internal sealed class PageContext
{
    /// <summary>Creates the context for pages of <paramref name="graph"/> at <paramref name="urls"/>, with their share <paramref name="cards"/>.</summary>
    public PageContext(SiteGraph graph, SiteUrls urls, ShareCards cards)
    {
        Graph = graph;
        Urls = urls;
        Chrome = ChromeBuilder.Build(graph, urls);
        Meta = new PageMetadata(graph, urls, Chrome.Navigation, cards);
        Parts = new ViewParts(graph, urls);
        Prose = new ProseRenderer(graph, urls, Parts);
        _degrees = new Lazy<SixDegrees>(() => new SixDegrees(graph));
    }

    private readonly Lazy<SixDegrees> _degrees;

    /// <summary>The linked content.</summary>
    public SiteGraph Graph { get; }

    /// <summary>The site's addresses and anchors.</summary>
    public SiteUrls Urls { get; }

    /// <summary>What the layout shows around every page.</summary>
    public SiteChrome Chrome { get; }

    /// <summary>The site's sections: a page's section, and the parents in its breadcrumb trail.</summary>
    public Navigation Navigation => Chrome.Navigation;

    /// <summary>Builds each page's metadata.</summary>
    public PageMetadata Meta { get; }

    /// <summary>Builds the parts of views that many pages show.</summary>
    public ViewParts Parts { get; }

    /// <summary>Renders the bodies of Markdown pages.</summary>
    public ProseRenderer Prose { get; }

    /// <summary>Everyone's steps to the centre of the six degrees game, searched once, when a page first needs them.</summary>
    public SixDegrees Degrees => _degrees.Value;

    /// <summary>The view of a person's steps to the centre of the game, or null when the site names no couple.</summary>
    public StepsView? Steps(Model.Person person) =>
        Degrees.Center is null ? null : new StepsViewBuilder(Graph, Urls, Parts, Degrees).Build(person);

    /// <summary>The page at <paramref name="path"/>, whose view <paramref name="build"/> makes when the theme asks for it.</summary>
    public PagePlan Page(string path, Func<PageView> build) => new(Urls.OutputPath(path), path, build);
}
