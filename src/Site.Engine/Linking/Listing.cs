using Site.Engine.Model;

namespace Site.Engine.Linking;

/// <summary>Something a source backs besides facts: a person's entry, a work's entry, or one credit on a work.</summary>
public abstract record Listing
{
    private Listing()
    {
    }

    /// <summary>A person's entry: who they are to the couple.</summary>
    /// <param name="Person">The person.</param>
    public sealed record PersonEntry(Person Person) : Listing;

    /// <summary>A work's entry: its title, kind and year.</summary>
    /// <param name="Work">The work.</param>
    public sealed record WorkEntry(Work Work) : Listing;

    /// <summary>One credit on a work.</summary>
    /// <param name="Work">The work.</param>
    /// <param name="Credit">The credit.</param>
    public sealed record CreditEntry(Work Work, Credit Credit) : Listing;
}
