using System.Diagnostics;

namespace Site.Engine;

/// <summary>Time spent in one stage, summed over every thread that ran it.</summary>
internal sealed class ThreadTime
{
    private long _ticks;

    /// <summary>The summed time.</summary>
    public TimeSpan Total => TimeSpan.FromTicks(Interlocked.Read(ref _ticks) * TimeSpan.TicksPerSecond / Stopwatch.Frequency);

    /// <summary>Adds the time since <paramref name="startTimestamp"/>, a <see cref="Stopwatch.GetTimestamp"/> value.</summary>
    public void AddSince(long startTimestamp) => Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - startTimestamp);
}
