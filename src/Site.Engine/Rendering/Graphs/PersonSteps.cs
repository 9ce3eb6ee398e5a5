namespace Site.Engine.Rendering.Graphs;

/// <summary>One person's place in the game: how many shared works lead from them to the centre, and which.</summary>
/// <param name="Count">The number of steps (works) on the chain, 0 for the centre, or null when there is no chain.</param>
/// <param name="Chain">
/// The ids along the chain, person, work, person, …, ending with the centre; empty when there is no chain.
/// </param>
/// <param name="Reason">Why there is no chain, or null when there is one.</param>
internal sealed record PersonSteps(int? Count, IReadOnlyList<string> Chain, StepsReason? Reason);
