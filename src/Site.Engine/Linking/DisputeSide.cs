using Site.Engine.Model;

namespace Site.Engine.Linking;

/// <summary>One answer to a disputed claim and the facts that give it.</summary>
/// <param name="Value">The answer.</param>
/// <param name="Facts">The facts that give this answer.</param>
public sealed record DisputeSide(string Value, IReadOnlyList<Fact> Facts);
