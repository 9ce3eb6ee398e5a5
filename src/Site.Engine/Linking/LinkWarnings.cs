using Site.Engine.Diagnostics;

namespace Site.Engine.Linking;

/// <summary>Finds what is worth fixing but does not fail the build: sources nobody cites, pages with no facts, undated facts.</summary>
internal static class LinkWarnings
{
    /// <summary>Every warning for the linked content.</summary>
    public static IEnumerable<Diagnostic> Find(SiteGraph graph)
    {
        var content = graph.Content;
        var cited = content.Evidence().Select(e => e.Source.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var source in content.Sources.Where(s => !cited.Contains(s.Id)))
        {
            yield return Errors.UncitedSource(source.Span, source.Id);
        }

        var undatedReported = new HashSet<string>(StringComparer.Ordinal);
        var subjects = content.People.Select(p => (p.Id, p.Span, Kind: "person")).Concat(content.Works.Select(w => (w.Id, w.Span, Kind: "work")));
        foreach (var (id, span, kind) in subjects)
        {
            var facts = graph.FactsAbout[id].ToList();
            if (facts.Count == 0)
            {
                yield return Errors.NoFacts(span, kind, id);
                continue;
            }

            // An undated fact stands out only where every other fact on the same page has a date.
            var undated = facts.Where(f => f.Date is null).ToList();
            if (undated.Count == 1 && facts.Count > 2 && undatedReported.Add(undated[0].Id))
            {
                yield return Errors.UndatedFact(undated[0].Span, undated[0].Id, id);
            }
        }
    }
}
