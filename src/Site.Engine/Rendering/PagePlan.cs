using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering;

/// <summary>
/// One page to render: its address and output file, and how to build its view model. The view is built only when
/// the theme asks for it, so on a large site each page's view lives just as long as its rendering.
/// </summary>
/// <param name="OutputPath">The file to write, relative to the output folder.</param>
/// <param name="Path">The page's address on the site, from its root.</param>
/// <param name="BuildView">Builds the view model the theme renders; safe to call from any thread.</param>
public sealed record PagePlan(string OutputPath, string Path, Func<PageView> BuildView);
