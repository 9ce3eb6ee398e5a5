namespace Site.Engine.Rendering.Views;

/// <summary>The six degrees page: everyone's steps to the centre of the game, and a drawing of who is connected to whom.</summary>
/// <param name="Center">The person at the centre.</param>
/// <param name="Connected">Everyone with a chain, by their number of steps, fewest first: a heading such as "1 step: 9 people" and the people.</param>
/// <param name="Unconnected">Each person with no chain, with the reason.</param>
/// <param name="Drawing">The graph of people and the works that join them.</param>
public sealed record ConnectionsView(LinkView Center, IReadOnlyList<(string Heading, IReadOnlyList<StepsView> People)> Connected, IReadOnlyList<StepsView> Unconnected, GraphDrawingView Drawing) : PageView;

/// <summary>A drawing of people and the works that join them, laid out in rings around the centre; coordinates already formatted.</summary>
/// <param name="ViewBox">The drawing's view box.</param>
/// <param name="Title">The drawing's title.</param>
/// <param name="Description">What it shows.</param>
/// <param name="Edges">A line for each credit that joins a person to a work.</param>
/// <param name="Nodes">Each person and work, a link to its page.</param>
public sealed record GraphDrawingView(string ViewBox, string Title, string Description, IReadOnlyList<ChartLineView> Edges, IReadOnlyList<GraphNodeView> Nodes);

/// <summary>A person or work in the drawing.</summary>
/// <param name="Mark">Its shape, a link to its page.</param>
/// <param name="Label">Its name, written beside it.</param>
/// <param name="TextAnchor">How the name lines up with its point: <c>start</c>, <c>middle</c> or <c>end</c>.</param>
public sealed record GraphNodeView(ChartMarkView Mark, ChartTextView Label, string TextAnchor);
