namespace Site.Engine.Rendering.Views;

/// <summary>A link: its text and its address.</summary>
/// <param name="Text">The link text.</param>
/// <param name="Href">The address, already under the base path.</param>
public sealed record LinkView(string Text, string Href);
