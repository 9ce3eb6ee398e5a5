namespace Site.Engine.Rendering.Search;

/// <summary>One thing a visitor can find: what it is, its text, what it belongs to, and the exact address to go to.</summary>
/// <param name="Kind">fact, quote, person, work or source.</param>
/// <param name="Text">The text shown and searched.</param>
/// <param name="Context">A short line of context: the people and works a fact is about, a quote's speaker, a work's kind.</param>
/// <param name="Href">The exact address, anchor included.</param>
public sealed record SearchEntry(string Kind, string Text, string Context, string Href);
