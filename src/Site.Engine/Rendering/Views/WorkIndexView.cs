namespace Site.Engine.Rendering.Views;

/// <summary>The works index.</summary>
/// <param name="Rows">Every work, by year then title, undated last.</param>
public sealed record WorkIndexView(IReadOnlyList<WorkRow> Rows) : PageView;
