using Site.Engine.Linking;
using Site.Engine.Model;

namespace Site.Engine.Rendering.Graphs;

/// <summary>
/// Each person's steps to the centre of the game (the first of the couple, Kevin Bacon on the real site) through shared
/// works: a breadth-first search over the graph whose nodes are people and works and whose edges are credits, any role.
/// Neighbours are visited oldest work first, then by title and by id, so the chains are the same on every build.
/// </summary>
internal sealed class SixDegrees
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;
    private readonly Dictionary<string, PersonSteps> _steps = new(Ordinal);

    /// <summary>Searches the credits of <paramref name="graph"/> from the first of its couple.</summary>
    public SixDegrees(SiteGraph graph)
    {
        Center = graph.Couple.Count > 0 ? graph.Couple[0] : null;
        var parents = Search(graph);
        foreach (var person in graph.Content.People)
        {
            _steps.Add(person.Id, StepsOf(graph, person, parents));
        }

        Order = [.. graph.Content.People.OrderBy(p => _steps[p.Id].Count ?? int.MaxValue).ThenBy(p => p.Name, Ordinal).ThenBy(p => p.Id, Ordinal)];
        Works = [.. graph.Content.Works.Where(w => parents.ContainsKey(WorkNode(w.Id)))];
    }

    /// <summary>The person everyone's steps lead to, or null when the site names no couple.</summary>
    public Person? Center { get; }

    /// <summary>Every person, fewest steps first, then those with no chain; by name within each number.</summary>
    public IReadOnlyList<Person> Order { get; }

    /// <summary>Every work that some chain could pass through: those reached from the centre, in file order.</summary>
    public IReadOnlyList<Work> Works { get; }

    /// <summary>The steps of the person with id <paramref name="personId"/>.</summary>
    public PersonSteps Of(string personId) => _steps[personId];

    /// <summary>The node of a person in the search, kept apart from works that might share an id.</summary>
    private static string PersonNode(string id) => "p:" + id;

    private static string WorkNode(string id) => "w:" + id;

    /// <summary>For every node reached from the centre, the node it was reached from (the centre maps to itself).</summary>
    private Dictionary<string, string> Search(SiteGraph graph)
    {
        var parents = new Dictionary<string, string>(Ordinal);
        if (Center is null)
        {
            return parents;
        }

        var start = PersonNode(Center.Id);
        parents[start] = start;
        var queue = new Queue<Person>([Center]);
        while (queue.TryDequeue(out var person))
        {
            var from = PersonNode(person.Id);
            foreach (var work in Oldest(graph.CreditsOf[person.Id].Select(c => c.Work).Distinct()))
            {
                if (!parents.TryAdd(WorkNode(work.Id), from))
                {
                    continue;
                }

                foreach (var next in work.Credits.Select(c => c.Person.Value).Distinct(Ordinal).Order(Ordinal))
                {
                    if (parents.TryAdd(PersonNode(next), WorkNode(work.Id)))
                    {
                        queue.Enqueue(graph.People[next]);
                    }
                }
            }
        }

        return parents;
    }

    /// <summary>Works oldest first, undated last, then by title and id: the order chains prefer them in.</summary>
    private static IEnumerable<Work> Oldest(IEnumerable<Work> works) =>
        works.OrderBy(w => w.Year is null).ThenBy(w => w.Year).ThenBy(w => w.Title, Ordinal).ThenBy(w => w.Id, Ordinal);

    private static PersonSteps StepsOf(SiteGraph graph, Person person, Dictionary<string, string> parents)
    {
        if (!parents.ContainsKey(PersonNode(person.Id)))
        {
            return new PersonSteps(null, [], graph.CreditsOf[person.Id].Any() ? StepsReason.NoSharedWork : StepsReason.NoCredits);
        }

        var chain = new List<string>();
        for (var node = PersonNode(person.Id); ; node = parents[node])
        {
            chain.Add(node[2..]);
            if (parents[node] == node)
            {
                break;
            }
        }

        return new PersonSteps(chain.Count / 2, chain, null);
    }
}
