namespace Site.Engine.Diagnostics;

/// <summary>Collects diagnostics from every stage so that all problems are reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    /// <summary>True when at least one collected diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    /// <summary>Adds one diagnostic; safe to call from several threads.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Adds several diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>
    /// All diagnostics without repeats: first the errors met while reading files (codes SG00xx), since a file that
    /// cannot be read is the cause of whatever else is missing; then the others; each group sorted by file, line and
    /// column, then code.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        List<Diagnostic> sorted;
        lock (_gate)
        {
            sorted = _items
                .Distinct()
                .OrderBy(d => d.IsError && d.Code.StartsWith("SG00", StringComparison.Ordinal) ? 0 : 1)
                .ThenBy(d => d.Span.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Line)
                .ThenBy(d => d.Span.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }

        return WithoutFloods(sorted);
    }

    /// <summary>
    /// How many problems of one kind in one file are listed; the rest are counted in one line after them. One slip
    /// repeated (a renamed id used a hundred times) then reads as the ten problems it takes to see it, not a flood
    /// that hides every other problem.
    /// </summary>
    public const int ShownPerKindAndFile = 10;

    private static List<Diagnostic> WithoutFloods(List<Diagnostic> sorted)
    {
        var counts = sorted.CountBy(d => (d.Span.Path, d.Code)).ToDictionary(c => c.Key, c => c.Value);
        if (counts.Values.All(c => c <= ShownPerKindAndFile))
        {
            return sorted;
        }

        var shown = new Dictionary<(string, string), int>();
        var result = new List<Diagnostic>(sorted.Count);
        foreach (var diagnostic in sorted)
        {
            var key = (diagnostic.Span.Path, diagnostic.Code);
            var index = shown[key] = shown.GetValueOrDefault(key) + 1;
            if (index <= ShownPerKindAndFile)
            {
                result.Add(diagnostic);
            }
            else if (index == ShownPerKindAndFile + 1)
            {
                result.Add(Errors.MoreNotShown(diagnostic.Span, diagnostic.Code, counts[key] - ShownPerKindAndFile));
            }
        }

        return result;
    }
}
