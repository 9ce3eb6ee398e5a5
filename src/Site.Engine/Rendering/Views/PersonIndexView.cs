namespace Site.Engine.Rendering.Views;

/// <summary>The people index.</summary>
/// <param name="Rows">Every person, in the order of <c>people.yaml</c>.</param>
public sealed record PersonIndexView(IReadOnlyList<PersonRow> Rows) : PageView;
