using Site.Engine.Diagnostics;

namespace Site.Engine.Model;

/// <summary>One source article, read from a seed file, with what the article itself states about itself.</summary>
/// <param name="Id">The source's id.</param>
/// <param name="Span">Where the id was written.</param>
/// <param name="Seed">The seed file's name in <c>seeds/</c>.</param>
/// <param name="Headline">The headline, only where the article states one.</param>
/// <param name="Date">The publication date, only where the article states one.</param>
/// <param name="Publisher">The publisher, only where the article names itself.</param>
/// <param name="Outlets">The outlets the article attributes statements to, each with the article's words that name it.</param>
/// <param name="Summary">What the article covers, in our own words.</param>
/// <param name="Url">The article's original address, http or https, or null when not given.</param>
public sealed record Source(
    string Id,
    SourceSpan Span,
    Located<string> Seed,
    Located<string>? Headline,
    Located<PartialDate>? Date,
    Located<string>? Publisher,
    IReadOnlyList<Outlet> Outlets,
    string Summary,
    Located<string>? Url = null) : IRecord;
