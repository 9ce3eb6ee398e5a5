namespace Site.Engine.Rendering.Views;

/// <summary>One person's steps to the centre of the six degrees game, with the chain of shared works spelled out.</summary>
/// <param name="Anchor">The person's row on the connections page.</param>
/// <param name="Person">The person's page.</param>
/// <param name="Count">The number of steps, or null when there is no chain.</param>
/// <param name="CountText">The number as pages say it: "1 step", "2 steps", or "No chain".</param>
/// <param name="Chain">Person, work, person, …, the centre, each a link; empty when there is no chain.</param>
/// <param name="Reason">Why there is no chain, or null.</param>
/// <param name="Center">The person at the centre of the game.</param>
/// <param name="Everyone">The person's row on the connections page, which explains the numbers.</param>
public sealed record StepsView(string Anchor, LinkView Person, int? Count, string CountText, IReadOnlyList<LinkView> Chain, string? Reason, LinkView Center, LinkView Everyone);
