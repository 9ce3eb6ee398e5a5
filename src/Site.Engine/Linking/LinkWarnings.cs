using Site.Engine.Diagnostics;
using Site.Engine.Model;

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
        IEnumerable<IRecord> subjects = [.. content.People, .. content.Works];
        foreach (var subject in subjects)
        {
            var facts = graph.FactsAbout[subject.Id].ToList();
            if (facts.Count == 0)
            {
                yield return Errors.NoFacts(subject.Span, subject is Person ? "person" : "work", subject.Id);
                continue;
            }

            // An undated fact stands out only where every other fact on the same page has a date.
            var undated = facts.Where(f => f.Date is null).ToList();
            if (undated.Count == 1 && facts.Count > 2 && undatedReported.Add(undated[0].Id))
            {
                yield return Errors.UndatedFact(undated[0].Span, undated[0].Id, subject.Id);
            }
        }
    }
}
