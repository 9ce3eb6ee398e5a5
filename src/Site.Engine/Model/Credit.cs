namespace Site.Engine.Model;

/// <summary>One person's part in a work: acted (as whom), directed, wrote, scored, and so on.</summary>
/// <param name="Person">The person's id.</param>
/// <param name="Role">One of <see cref="CreditRoles.All"/>.</param>
/// <param name="As">The character played, for an acting credit, or null.</param>
/// <param name="Citations">Evidence for the credit.</param>
public sealed record Credit(
    Located<string> Person,
    string Role,
    string? As,
    IReadOnlyList<Citation> Citations);
