namespace Site.Engine.Rendering.Views;

/// <summary>Every dated fact in order, grouped by year, with the words said in that year.</summary>
/// <param name="Years">
/// Each year, oldest first, with what happened in it (its facts) and what was said in it (the quotes the articles
/// date to it, as they state when the words were said).
/// </param>
/// <param name="UndatedCount">How many facts have no date and so are not on the timeline.</param>
public sealed record TimelineView(IReadOnlyList<(int Year, IReadOnlyList<FactView> Facts, IReadOnlyList<QuoteView> Said)> Years, int UndatedCount) : PageView
{
    /// <summary>The careers at a glance, or null when nothing has a year.</summary>
    public CareerChartView? Chart { get; init; }
}
