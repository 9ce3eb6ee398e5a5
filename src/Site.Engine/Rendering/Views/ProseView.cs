namespace Site.Engine.Rendering.Views;

/// <summary>A page of prose from Markdown, such as the couple's story.</summary>
/// <param name="BodyHtml">The body rendered to HTML, citation markers included.</param>
public sealed record ProseView(string BodyHtml) : PageView;
