namespace Site.Engine.Rendering.Views;

/// <summary>One credit: who (or which work), in what role, as which character, with its citations.</summary>
/// <param name="Subject">The person (on a work's page) or the work (on a person's page).</param>
/// <param name="Role">The role as pages show it.</param>
/// <param name="As">The character played, or null.</param>
/// <param name="Citations">Its citations.</param>
public sealed record CreditView(LinkView Subject, string Role, string? As, IReadOnlyList<CitationView> Citations);
