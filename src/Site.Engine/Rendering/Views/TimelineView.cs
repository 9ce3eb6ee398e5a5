namespace Site.Engine.Rendering.Views;

/// <summary>Every dated fact in order, grouped by year.</summary>
/// <param name="Years">Each year with its facts, oldest first.</param>
/// <param name="UndatedCount">How many facts have no date and so are not on the timeline.</param>
public sealed record TimelineView(IReadOnlyList<(int Year, IReadOnlyList<FactView> Facts)> Years, int UndatedCount) : PageView
{
    /// <summary>The careers at a glance, or null when nothing has a year.</summary>
    public CareerChartView? Chart { get; init; }
}
