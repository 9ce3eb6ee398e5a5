namespace Site.Engine.Model;

/// <summary>Everything read from <c>input/</c> and <c>seeds/</c>: the raw material of one build.</summary>
/// <param name="Settings">Site settings, or null when they could not be read.</param>
/// <param name="Sources">Every source.</param>
/// <param name="People">Every person.</param>
/// <param name="Works">Every work.</param>
/// <param name="Facts">Every fact.</param>
/// <param name="Quotes">Every quote.</param>
/// <param name="Claims">Every claim key.</param>
/// <param name="Pages">Every prose page.</param>
/// <param name="Seeds">Every seed article, by file name.</param>
public sealed record Content(
    SiteSettings? Settings,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Person> People,
    IReadOnlyList<Work> Works,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Page> Pages,
    IReadOnlyDictionary<string, Seed> Seeds)
{
    /// <summary>
    /// The content files and seeds that could not be read as a whole (paths relative to the project root), each
    /// already reported: what they hold is missing, so a reference to it is not a mistake of its own.
    /// </summary>
    public IReadOnlySet<string> Unread { get; init; } = new HashSet<string>();

    /// <summary>
    /// Every passage the content quotes from a source as evidence: each citation (of facts, people, works, credits and
    /// quotes), and each quote as a citation of its own words.
    /// </summary>
    public IEnumerable<Citation> Evidence() => Citations().Concat(Quotes.Select(q => new Citation(q.Source, q.Text)));

    /// <summary>The sources by id; of two with one id (a mistake another rule reports), the first.</summary>
    public Dictionary<string, Source> SourcesById() =>
        Sources.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>Every citation: the words that prove a statement, a listing, a credit, or to whom and when a quote was said.</summary>
    public IEnumerable<Citation> Citations() =>
        Facts.SelectMany(f => f.Citations)
            .Concat(People.SelectMany(p => p.Citations))
            .Concat(Works.SelectMany(w => w.Citations.Concat(w.Credits.SelectMany(c => c.Citations))))
            .Concat(Quotes.SelectMany(q => q.Citations));
}
