using System.Diagnostics;

namespace Site.Engine;

/// <summary>Times the stages of one build.</summary>
internal sealed class StageClock
{
    private readonly List<(string Stage, TimeSpan Duration)> _timings = [];
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    /// <summary>Each finished stage and its duration.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Duration)> Timings => _timings;

    /// <summary>Ends the current stage under <paramref name="name"/> (added to its earlier time, if any) and starts the next.</summary>
    public void Lap(string name)
    {
        Add(name, _watch.Elapsed);
        _watch.Restart();
    }

    /// <summary>
    /// Ends a phase in which <paramref name="name"/> and the <paramref name="shared"/> stages ran interleaved, page by
    /// page, on <paramref name="threads"/> threads. Each shared stage is given the part of the phase's wall time that
    /// its thread time is of all the threads' time; <paramref name="name"/> is given the rest.
    /// </summary>
    public void LapShared(string name, int threads, params IReadOnlyList<(string Name, ThreadTime Time)> shared)
    {
        var wall = _watch.Elapsed;
        var parts = shared.Select(s => (s.Name, Duration: s.Time.Total / Math.Max(1, threads))).ToList();
        var rest = wall - parts.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Duration);
        Add(name, rest > TimeSpan.Zero ? rest : TimeSpan.Zero);
        parts.ForEach(p => Add(p.Name, p.Duration));
        _watch.Restart();
    }

    private void Add(string name, TimeSpan duration)
    {
        var index = _timings.FindIndex(t => t.Stage == name);
        if (index < 0)
        {
            _timings.Add((name, duration));
        }
        else
        {
            _timings[index] = (name, _timings[index].Duration + duration);
        }
    }
}
