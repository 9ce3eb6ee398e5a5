namespace Site.Engine.Rendering.Views;

/// <summary>One row of the people index.</summary>
/// <param name="Link">The person's page.</param>
/// <param name="Relation">Who they are to the couple.</param>
/// <param name="FactCount">How many facts are about them.</param>
public sealed record PersonRow(LinkView Link, string Relation, int FactCount);
