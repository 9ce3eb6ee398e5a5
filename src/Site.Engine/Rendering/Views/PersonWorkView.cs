namespace Site.Engine.Rendering.Views;

/// <summary>One work on a person's page, once, with its year and every role the person had in it.</summary>
/// <param name="Work">The work's page.</param>
/// <param name="YearText">The work's year, or null when the sources give none.</param>
/// <param name="Roles">The person's credits on it, each naming the work, in the order the work lists them.</param>
public sealed record PersonWorkView(LinkView Work, string? YearText, IReadOnlyList<CreditView> Roles);
