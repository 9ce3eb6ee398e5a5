using Site.Engine.Linking;
using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Graphs;

/// <summary>Builds the view of a person's steps to the centre of the game, for their page and for the connections page.</summary>
/// <param name="graph">The linked content.</param>
/// <param name="urls">The site's addresses.</param>
/// <param name="parts">Builds links.</param>
/// <param name="degrees">Everyone's steps.</param>
internal sealed class StepsViewBuilder(SiteGraph graph, SiteUrls urls, ViewParts parts, SixDegrees degrees)
{
    /// <summary>The steps of <paramref name="person"/>.</summary>
    public StepsView Build(Person person)
    {
        var steps = degrees.Of(person.Id);
        var center = degrees.Center!.Name;
        var anchor = SiteUrls.StepsAnchor(person.Id);
        return new StepsView(
            anchor,
            parts.PersonLink(person),
            steps.Count,
            steps.Count switch
            {
                null => "No chain",
                0 => "0 steps: the centre of the game",
                1 => "1 step",
                var n => $"{n} steps",
            },
            steps.Chain.Select((id, i) => i % 2 == 0 ? parts.PersonLink(graph.People[id]) : parts.WorkLink(graph.Works[id])).ToList(),
            steps.Reason switch
            {
                StepsReason.NoCredits => "The sources name no work they took part in.",
                StepsReason.NoSharedWork => $"None of their works is shared with anyone connected to {center}.",
                _ => null,
            },
            parts.PersonLink(degrees.Center!),
            new LinkView($"Everyone's steps to {center}", SiteUrls.At(urls.Connections, anchor)));
    }
}
