namespace Site.Engine.Rendering.Views;

/// <summary>One person's page.</summary>
/// <param name="Relation">Who they are to the couple.</param>
/// <param name="RelationCitations">Citations for the relation.</param>
/// <param name="Summary">More about them, or null.</param>
/// <param name="Works">Their works, each once with all their roles in it, by year, undated last.</param>
/// <param name="Facts">Facts about them.</param>
/// <param name="QuotesBy">Things they said.</param>
/// <param name="QuotesAbout">Things said about them by others.</param>
public sealed record PersonView(
    string Relation,
    IReadOnlyList<CitationView> RelationCitations,
    string? Summary,
    IReadOnlyList<PersonWorkView> Works,
    IReadOnlyList<FactView> Facts,
    IReadOnlyList<QuoteView> QuotesBy,
    IReadOnlyList<QuoteView> QuotesAbout) : PageView
{
    /// <summary>Their steps to the centre of the six degrees game, or null when the site names no couple.</summary>
    public StepsView? Steps { get; init; }
}
