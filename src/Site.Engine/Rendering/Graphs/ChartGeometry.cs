namespace Site.Engine.Rendering.Graphs;

/// <summary>The measures of one size of the careers chart, in the units of its view box.</summary>
/// <param name="Width">The width of the view box.</param>
/// <param name="Padding">The space left and right of the years.</param>
/// <param name="FirstLane">Where the first lane's line is, down.</param>
/// <param name="LaneGap">The distance between lanes.</param>
/// <param name="Radius">The radius of a mark.</param>
/// <param name="MostTicks">The most years labelled under the axis.</param>
internal sealed record ChartGeometry(double Width, double Padding, double FirstLane, double LaneGap, double Radius, int MostTicks)
{
    private static readonly int[] Steps = [1, 2, 5, 10, 20, 50, 100];

    /// <summary>The chart on the timeline page.</summary>
    public static ChartGeometry Full { get; } = new(720, 16, 40, 56, 6, 8);

    /// <summary>The chart on the home page, drawn to be read at the width of a phone.</summary>
    public static ChartGeometry Compact { get; } = new(360, 10, 32, 46, 5, 4);

    /// <summary>The years' step between labels: the smallest round step that labels at most <see cref="MostTicks"/> years of <paramref name="span"/>.</summary>
    public int TickStep(int span) => Steps.FirstOrDefault(step => span / step < MostTicks, 100);
}
