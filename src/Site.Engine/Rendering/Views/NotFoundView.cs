namespace Site.Engine.Rendering.Views;

/// <summary>The page shown for an address the site does not have.</summary>
/// <param name="Suggestions">Links to the main sections.</param>
public sealed record NotFoundView(IReadOnlyList<LinkView> Suggestions) : PageView;
