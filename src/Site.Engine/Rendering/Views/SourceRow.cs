namespace Site.Engine.Rendering.Views;

/// <summary>A source's identity as pages show it; missing metadata is shown as not stated.</summary>
/// <param name="Number">The source's number.</param>
/// <param name="Link">The source's page, with its title.</param>
/// <param name="Headline">The headline, or null when the article states none.</param>
/// <param name="DateIso">The date for a <c>time</c> element, or null when the article states none.</param>
/// <param name="DateText">The date as people read it, or null.</param>
/// <param name="Publisher">The publisher, or null when the article does not name itself.</param>
/// <param name="SeedFile">The seed file's name.</param>
/// <param name="Summary">What it covers.</param>
/// <param name="FactCount">How many facts cite it.</param>
/// <param name="QuoteCount">How many quotes it reproduces.</param>
public sealed record SourceRow(
    int Number,
    LinkView Link,
    string? Headline,
    string? DateIso,
    string? DateText,
    string? Publisher,
    string SeedFile,
    string Summary,
    int FactCount,
    int QuoteCount);
