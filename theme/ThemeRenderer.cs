using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Site.Engine.Rendering;
using Site.Engine.Rendering.Views;
using Site.Theme.Pages;

namespace Site.Theme;

/// <summary>Renders page view models with the theme's Razor components, and supplies the theme's assets from disk.</summary>
/// <param name="themeDirectory">The <c>theme/</c> folder, whose <c>assets/</c> are copied to the site as they are.</param>
public sealed class ThemeRenderer(string themeDirectory) : ISiteRenderer
{
    private static readonly Dictionary<Type, Type> Components = new()
    {
        [typeof(HomeView)] = typeof(HomePage),
        [typeof(ProseView)] = typeof(ProsePage),
        [typeof(TimelineView)] = typeof(TimelinePage),
        [typeof(WorkIndexView)] = typeof(WorkIndexPage),
        [typeof(WorkView)] = typeof(WorkPage),
        [typeof(PersonIndexView)] = typeof(PersonIndexPage),
        [typeof(PersonView)] = typeof(PersonPage),
        [typeof(SourceIndexView)] = typeof(SourceIndexPage),
        [typeof(SourceView)] = typeof(SourcePage),
        [typeof(QuotesView)] = typeof(QuotesPage),
        [typeof(DisputesView)] = typeof(DisputesPage),
        [typeof(NotFoundView)] = typeof(NotFoundPage),
        [typeof(SearchView)] = typeof(SearchPage),
    };

    /// <summary>
    /// How many pages one renderer renders before it is replaced: a renderer keeps every component tree it has
    /// rendered until it is disposed, so a long-lived one would hold the whole site in memory.
    /// </summary>
    private const int PagesPerRenderer = 64;

    /// <inheritdoc/>
    public async Task RenderAsync(IReadOnlyList<PagePlan> pages, Action<PagePlan, string> rendered)
    {
        // One renderer per core at a time: each renderer's dispatcher runs one render at a time.
        var partitions = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, pages.Count / 8));
        await using var services = new ServiceCollection().AddSingleton<IComponentActivator>(new ComponentActivator()).BuildServiceProvider();
        await Task.WhenAll(Enumerable.Range(0, partitions).Select(p => Task.Run(async () =>
        {
            var mine = Enumerable.Range(0, pages.Count).Where(i => i % partitions == p).ToList();
            foreach (var batch in mine.Chunk(PagesPerRenderer))
            {
                await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
                foreach (var i in batch)
                {
                    rendered(pages[i], await RenderOneAsync(renderer, pages[i].BuildView()));
                }
            }
        })));
    }

    /// <inheritdoc/>
    public IReadOnlyList<RenderedFile> Assets()
    {
        var folder = Path.Combine(themeDirectory, "assets");
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new RenderedFile("assets/" + Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllBytes(path)))
            .ToList();
    }

    private static Task<string> RenderOneAsync(HtmlRenderer renderer, PageView view)
    {
        var component = Components.TryGetValue(view.GetType(), out var type)
            ? type
            : throw new InvalidOperationException($"Bug: the theme has no component for {view.GetType().Name}.");
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["View"] = view });
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, parameters);
            return output.ToHtmlString();
        });
    }
}
