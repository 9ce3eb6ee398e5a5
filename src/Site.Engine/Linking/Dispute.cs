using Site.Engine.Model;

namespace Site.Engine.Linking;

/// <summary>A claim on which the sources give different answers.</summary>
/// <param name="Claim">The question.</param>
/// <param name="Sides">Each answer with the facts that give it, in the order first written.</param>
public sealed record Dispute(Claim Claim, IReadOnlyList<DisputeSide> Sides);
