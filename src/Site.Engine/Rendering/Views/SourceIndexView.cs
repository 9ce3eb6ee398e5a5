namespace Site.Engine.Rendering.Views;

/// <summary>The sources index.</summary>
/// <param name="Rows">Every source, by number.</param>
public sealed record SourceIndexView(IReadOnlyList<SourceRow> Rows) : PageView;
