using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Site.Engine.Rendering;
using Site.Engine.Rendering.Cards;
using Site.Engine.Rendering.Views;
using Site.Theme.Cards;
using Site.Theme.Pages;

namespace Site.Theme;

/// <summary>Renders page view models with the theme's Razor components, and supplies the theme's assets from disk.</summary>
/// <param name="themeDirectory">The <c>theme/</c> folder, whose <c>assets/</c> are copied to the site as they are.</param>
public sealed class ThemeRenderer(string themeDirectory) : ISiteRenderer
{
    private static readonly string[] WarmUpItems = ["warm"];

    /// <summary>How a TrueType font file starts.</summary>
    private static ReadOnlySpan<byte> TrueType => [0, 1, 0, 0];

    /// <summary>The initial size of a worker's HTML buffer, in characters: more than most pages need.</summary>
    private const int BufferSize = 64 * 1024;

    /// <inheritdoc/>
    public async Task RenderAsync(IReadOnlyList<PagePlan> pages, Action<RenderedPage> rendered)
    {
        // One worker per core, each taking the next page not yet taken until none is left. No worker is given a share
        // of its own: a worker that starts late (the thread pool is busy with the site's other files) or meets the
        // largest pages only takes fewer of them, and no page waits for a worker that has not started.
        var workers = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, pages.Count / 8));
        var taken = -1;
        await using var services = Services();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            // One buffer per worker, reused from page to page for the HTML as it is written; replaced after a page
            // much larger than most, so that it does not keep that size, and before that page is handed on, so that
            // the garbage collector can take it while the page is checked.
            var html = NewBuffer();
            for (var i = Interlocked.Increment(ref taken); i < pages.Count; i = Interlocked.Increment(ref taken))
            {
                var page = await RenderOneAsync(services, pages[i].BuildView(), html);
                html = html.GetStringBuilder().Capacity > 16 * BufferSize ? NewBuffer() : html;
                rendered(new RenderedPage(pages[i].OutputPath, page));
            }
        })));
    }

    /// <inheritdoc/>
    public async Task WarmUpAsync()
    {
        // Rendering a small listing once loads the renderer, the dispatcher and the HTML writer, and fixes up their
        // compiled code, which would otherwise happen on the first pages.
        await using var services = Services();
        await PageParts.WritePartAsync(services, WarmUpItems, item => builder => builder.AddContent(0, item), TextWriter.Null);
    }

    /// <summary>
    /// Renders the component <typeparamref name="TComponent"/> with a renderer of its own and writes its HTML to <paramref name="html"/>.
    /// A renderer keeps every component it has rendered, and their arrays of render frames, until it is disposed;
    /// disposing it as soon as the HTML is written returns those arrays to the shared pool for the next page or part,
    /// instead of keeping many pages' worth alive and allocating new ones.
    /// </summary>
    internal static async Task WriteAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent>(
        IServiceProvider services, ParameterView parameters, TextWriter html)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(parameters);
            output.WriteHtmlTo(html);
        });
    }

    /// <inheritdoc/>
    public IReadOnlyList<RenderedFile> Assets() => ThemeAssets.Read(Path.Combine(themeDirectory, "assets"));

    /// <inheritdoc/>
    /// <remarks>DejaVu Serif Bold, under the free licence beside it in <c>theme/fonts/</c>.</remarks>
    public ReadOnlyMemory<byte> CardFont()
    {
        var path = Path.Combine(themeDirectory, "fonts", "DejaVuSerif-Bold.ttf");
        var font = ThemeAssets.ReadFile(path);
        return font.AsSpan().StartsWith(TrueType) || font.AsSpan().StartsWith("OTTO"u8) || font.AsSpan().StartsWith("true"u8)
            ? font
            : throw new UnreadableThemeFileException(path, "it is not a TrueType or OpenType font file");
    }

    /// <inheritdoc/>
    /// <remarks>Rendered by <see cref="ShareCardImage"/>, which does no asynchronous work, so this waits on nothing.</remarks>
    public string CardSvg(CardView card)
    {
        using var services = Services();
        using var svg = new StringWriter(CultureInfo.InvariantCulture);
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["View"] = card });
        WriteAsync<ShareCardImage>(services, parameters, svg).GetAwaiter().GetResult();
        return svg.ToString();
    }

    /// <summary>What the theme's components need: their activator, and each page's long listings and citation notes.</summary>
    private static ServiceProvider Services() => new ServiceCollection()
        .AddSingleton<IComponentActivator>(new ComponentActivator())
        .AddScoped<PageParts>()
        .AddScoped<CitationNotes>()
        .BuildServiceProvider();

    private static StringWriter NewBuffer() => new(new StringBuilder(BufferSize), CultureInfo.InvariantCulture);

    /// <summary>
    /// Renders one page with its component (see <see cref="RenderOneAsync{TPage}"/>). This is the one place that names
    /// the theme's page components: each is named by its type here, so ahead-of-time compilation keeps it, with
    /// everything the renderer needs of it, and a view with no component is a compile-time warning, not a missing page.
    /// </summary>
    private static Task<IReadOnlyList<string>> RenderOneAsync(IServiceProvider services, PageView view, StringWriter html) => view switch
    {
        HomeView => RenderOneAsync<HomePage>(services, view, html),
        ProseView => RenderOneAsync<ProsePage>(services, view, html),
        TimelineView => RenderOneAsync<TimelinePage>(services, view, html),
        WorkIndexView => RenderOneAsync<WorkIndexPage>(services, view, html),
        WorkView => RenderOneAsync<WorkPage>(services, view, html),
        PersonIndexView => RenderOneAsync<PersonIndexPage>(services, view, html),
        PersonView => RenderOneAsync<PersonPage>(services, view, html),
        SourceIndexView => RenderOneAsync<SourceIndexPage>(services, view, html),
        SourceView => RenderOneAsync<SourcePage>(services, view, html),
        QuotesView => RenderOneAsync<QuotesPage>(services, view, html),
        DisputesView => RenderOneAsync<DisputesPage>(services, view, html),
        ConnectionsView => RenderOneAsync<ConnectionsPage>(services, view, html),
        NotFoundView => RenderOneAsync<NotFoundPage>(services, view, html),
        SearchView => RenderOneAsync<SearchPage>(services, view, html),
        _ => throw new InvalidOperationException($"Bug: the theme has no component for {view.GetType().Name}."),
    };

    /// <summary>
    /// Renders one page with a renderer of its own (see <see cref="WriteAsync"/>), disposed before the page's long
    /// listings (<see cref="PageParts"/>) are rendered and before its HTML is copied into a string. The listings are
    /// rendered with the page's services, so that their citations share the page's <see cref="CitationNotes"/>.
    /// </summary>
    private static async Task<IReadOnlyList<string>> RenderOneAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TPage>(
        IServiceProvider services, PageView view, StringWriter html)
        where TPage : IComponent
    {
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["View"] = view });
        var buffer = html.GetStringBuilder().Clear();
        await using var page = services.CreateAsyncScope();
        await WriteAsync<TPage>(page.ServiceProvider, parameters, html);
        var parts = page.ServiceProvider.GetRequiredService<PageParts>();
        return parts.Any ? await parts.WriteAsync(page.ServiceProvider, buffer.ToString(), html) : [buffer.ToString()];
    }
}
