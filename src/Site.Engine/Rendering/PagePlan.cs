using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering;

/// <summary>One page to render: its output file and its view model.</summary>
/// <param name="OutputPath">The file to write, relative to the output folder.</param>
/// <param name="View">The view model the theme renders.</param>
public sealed record PagePlan(string OutputPath, PageView View);
