namespace Site.Engine.Model;

/// <summary>The answer a fact gives to a claim's question; facts that give different answers disagree.</summary>
/// <param name="Key">The claim's id.</param>
/// <param name="Value">The answer, in a short form that compares exactly (for example <c>1987</c>).</param>
public sealed record ClaimValue(Located<string> Key, string Value);
