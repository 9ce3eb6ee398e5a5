using Site.Engine.Rendering.Cards;

namespace Site.Engine.Rendering;

/// <summary>Turns page view models into HTML; implemented by the theme, so the engine knows no template.</summary>
public interface ISiteRenderer
{
    /// <summary>
    /// Renders every page to HTML and hands each to <paramref name="rendered"/> as soon as it is done, so that no page
    /// is held longer than it takes to check and stage it. <paramref name="rendered"/> is called once per page, from
    /// any thread, possibly from several at once.
    /// </summary>
    Task RenderAsync(IReadOnlyList<PagePlan> pages, Action<RenderedPage> rendered);

    /// <summary>
    /// Prepares what rendering needs (loading the template engine's code, and its first use) while the content is read,
    /// so that the first pages do not wait for it. The build awaits it before rendering.
    /// </summary>
    Task WarmUpAsync() => Task.CompletedTask;

    /// <summary>The theme's static assets (stylesheet, icons), by path relative to the output folder.</summary>
    IReadOnlyList<RenderedFile> Assets();

    /// <summary>The font file (TrueType or OpenType) that share cards and the site's icon are drawn in.</summary>
    ReadOnlyMemory<byte> CardFont();

    /// <summary>
    /// The design of a share card: an SVG document of <see cref="ShareCard.Width"/> by
    /// <see cref="ShareCard.Height"/> pixels showing <paramref name="card"/>, its text in the font of
    /// <see cref="CardFont"/>. Called from any thread, possibly from several at once.
    /// </summary>
    string CardSvg(CardView card);
}
