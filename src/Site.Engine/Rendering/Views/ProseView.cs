namespace Site.Engine.Rendering.Views;

/// <summary>A page of prose from Markdown, such as the couple's story.</summary>
/// <param name="Body">The body, citation markers included.</param>
public sealed record ProseView(IReadOnlyList<ProsePart> Body) : PageView;
