using System.Diagnostics;

namespace Site.Engine;

/// <summary>Times the stages of one build.</summary>
internal sealed class StageClock
{
    private readonly List<(string, TimeSpan)> _timings = [];
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    /// <summary>Each finished stage and its duration.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Duration)> Timings => _timings;

    /// <summary>Ends the current stage under <paramref name="name"/> and starts the next.</summary>
    public void Lap(string name)
    {
        _timings.Add((name, _watch.Elapsed));
        _watch.Restart();
    }
}
