using Site.Engine.Linking;
using Site.Engine.Model;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Graphs;

/// <summary>
/// Lays out the graph of the six degrees game in rings: the centre in the middle, each ring out one step further, works
/// on the odd rings and people on the even ones. Only works that join two or more people are drawn. A ring's nodes are
/// spread evenly in the order of the nodes they hang from, then by name, so the same content always gives the same drawing.
/// </summary>
/// <param name="graph">The linked content.</param>
/// <param name="parts">Builds links.</param>
internal sealed class ConnectionsLayout(SiteGraph graph, ViewParts parts)
{
    private const double Width = 880;
    private const double Height = 620;
    private const double Margin = 50;

    /// <summary>The most nodes drawn; a larger graph is drawn to its nearest rings, and the page's list has everyone.</summary>
    private const int MostNodes = 120;

    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    /// <summary>The drawing of <paramref name="degrees"/>.</summary>
    public GraphDrawingView Draw(SixDegrees degrees)
    {
        var center = degrees.Center!;
        var rings = Rings(degrees);
        var unit = ((Height / 2) - Margin) / Math.Max(1, rings.Count - 1);
        var places = new Dictionary<Node, (double X, double Y, double Angle, double LabelGap)>();
        for (var r = 0; r < rings.Count; r++)
        {
            var ring = rings[r].OrderBy(n => n.Parents.Select(p => places[p].Angle).DefaultIfEmpty(0).Min()).ThenBy(n => n.Name, Ordinal).ThenBy(n => n.Id, Ordinal).ToList();
            for (var i = 0; i < ring.Count; i++)
            {
                var angle = r == 0 ? Math.PI / 2 : (-Math.PI / 2) + (2 * Math.PI * (i + 0.5) / ring.Count);
                // Every other work's name is written further out, so that the names of neighbouring works do not overlap.
                var gap = r % 2 == 1 && i % 2 == 1 ? 16 : 5;
                places[ring[i]] = ((Width / 2) + (r * unit * Math.Cos(angle)), (Height / 2) + (r * unit * Math.Sin(angle)), angle, gap);
            }
        }

        var nodes = places.Keys.ToList();
        var edges = nodes.Where(n => n.Work is not null)
            .SelectMany(w => w.Parents.Concat(w.Children), (w, p) => (W: places[w], P: places[p]))
            .Select(e => new ChartLineView(SvgNumbers.Of(e.W.X), SvgNumbers.Of(e.W.Y), SvgNumbers.Of(e.P.X), SvgNumbers.Of(e.P.Y)))
            .ToList();
        var people = nodes.Count(n => n.Work is null);
        return new GraphDrawingView(
            $"0 0 {SvgNumbers.Of(Width)} {SvgNumbers.Of(Height)}",
            $"Who is connected to {center.Name} through shared works",
            $"{center.Name} in the middle; around them, ring by ring, the works that join people and the people they join, one ring further out for each step. " +
            $"{people} people and {nodes.Count - people} works are drawn; the list on this page has the same chains in words.",
            edges,
            nodes.Select(n => Place(n, places[n], n.Id == center.Id && n.Work is null)).ToList());
    }

    /// <summary>The nodes of each ring, from the centre out, up to <see cref="MostNodes"/> in all.</summary>
    private static List<List<Node>> Rings(SixDegrees degrees)
    {
        var people = degrees.Order.Where(p => degrees.Of(p.Id).Count is not null)
            .ToDictionary(p => p.Id, p => new Node(p.Id, p.Name, null, 2 * degrees.Of(p.Id).Count!.Value), Ordinal);
        var works = new List<Node>();
        foreach (var work in degrees.Works)
        {
            var credited = work.Credits.Select(c => c.Person.Value).Distinct(Ordinal).Where(people.ContainsKey).Select(id => people[id]).ToList();
            if (credited.Count < 2)
            {
                continue;
            }

            var nearest = credited.Min(p => p.Ring);
            var node = new Node(work.Id, work.Title, work, nearest + 1);
            node.Parents.AddRange(credited.Where(p => p.Ring == nearest));
            node.Children.AddRange(credited.Where(p => p.Ring > nearest));
            works.Add(node);
        }

        foreach (var work in works)
        {
            work.Children.ForEach(p => p.Parents.Add(work));
        }

        var rings = people.Values.Concat(works).GroupBy(n => n.Ring).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        var kept = new List<List<Node>>();
        foreach (var ring in rings)
        {
            // Whole rings while they fit; then as much of the next as fits, in order, so no node is drawn without the
            // nodes it hangs from.
            var room = MostNodes - kept.Sum(r => r.Count);
            if (room <= 0)
            {
                break;
            }

            kept.Add(ring.Count <= room ? ring : ring.Take(room).ToList());
        }

        var drawn = kept.SelectMany(r => r).ToHashSet();
        foreach (var node in drawn)
        {
            node.Children.RemoveAll(c => !drawn.Contains(c));
        }

        return kept;
    }

    private GraphNodeView Place(Node node, (double X, double Y, double Angle, double LabelGap) at, bool isCenter)
    {
        var link = node.Work is null ? parts.PersonLink(graph.People[node.Id]) : parts.WorkLink(node.Work);
        var radius = isCenter ? 11 : node.Work is null ? 7 : 6;
        var shape = node.Work is null ? MarkShapes.Of(WorkKind.Film, at.X, at.Y, radius) : MarkShapes.Of(node.Work.Kind, at.X, at.Y, radius);
        var kind = isCenter ? "node person center" : node.Work is null ? "node person" : "node work";
        var (cos, sin) = isCenter ? (0, 1) : (Math.Cos(at.Angle), Math.Sin(at.Angle));
        var anchor = cos > 0.1 ? "start" : cos < -0.1 ? "end" : "middle";
        var x = at.X + (cos * (radius + at.LabelGap));
        var y = at.Y + (sin * (radius + at.LabelGap)) + (sin > 0.35 ? 12 : sin < -0.35 ? -3 : 4);
        var label = node.Work is null ? node.Name : $"{node.Name} ({node.Work.Kind.Label()})";
        return new GraphNodeView(new ChartMarkView(link, label, shape, kind), new ChartTextView(SvgNumbers.Of(x), SvgNumbers.Of(y), node.Name), anchor);
    }

    /// <summary>A person or a work in the drawing, with the nodes of the ring inside that it hangs from.</summary>
    private sealed record Node(string Id, string Name, Work? Work, int Ring)
    {
        public List<Node> Parents { get; } = [];

        public List<Node> Children { get; } = [];
    }
}
