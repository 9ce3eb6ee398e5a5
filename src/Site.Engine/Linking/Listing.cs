using Site.Engine.Model;

namespace Site.Engine.Linking;

/// <summary>Something a source backs besides facts: a person's entry, a work's entry, or one credit on a work.</summary>
/// <param name="Person">The person, for a person's entry.</param>
/// <param name="Work">The work, for a work's entry or a credit.</param>
/// <param name="Credit">The credit, for a credit.</param>
public sealed record Listing(Person? Person, Work? Work, Credit? Credit);
