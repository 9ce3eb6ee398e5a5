using Site.Engine.Model;

namespace Site.Engine.Linking;

/// <summary>A credit together with its work, for listing a person's works.</summary>
/// <param name="Work">The work.</param>
/// <param name="Credit">The person's credit on it.</param>
public sealed record WorkCredit(Work Work, Credit Credit);
