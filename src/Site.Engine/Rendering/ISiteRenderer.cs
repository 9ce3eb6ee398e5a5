namespace Site.Engine.Rendering;

/// <summary>Turns page view models into HTML; implemented by the theme, so the engine knows no template.</summary>
public interface ISiteRenderer
{
    /// <summary>Renders every page to HTML, encoded as UTF-8, in the order given.</summary>
    Task<IReadOnlyList<byte[]>> RenderAsync(IReadOnlyList<PagePlan> pages);

    /// <summary>The theme's static assets (stylesheet, icons), by path relative to the output folder.</summary>
    IReadOnlyList<RenderedFile> Assets();
}
