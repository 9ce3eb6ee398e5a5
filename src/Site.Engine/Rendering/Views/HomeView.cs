namespace Site.Engine.Rendering.Views;

/// <summary>The home page.</summary>
/// <param name="Intro">The introduction, from <c>input/pages/home.md</c>.</param>
/// <param name="Couple">The couple, each with a link and a one-line relation.</param>
/// <param name="Newest">The newest work they made together, or null.</param>
/// <param name="NewestFacts">Facts about the newest work.</param>
/// <param name="Together">Every work they were both part of, newest first.</param>
/// <param name="Milestones">A few dated facts about the couple, oldest first.</param>
/// <param name="Sections">Every section with a count and a line of description.</param>
public sealed record HomeView(
    IReadOnlyList<ProsePart> Intro,
    IReadOnlyList<(LinkView Link, string Relation)> Couple,
    WorkRow? Newest,
    IReadOnlyList<FactView> NewestFacts,
    IReadOnlyList<WorkRow> Together,
    IReadOnlyList<FactView> Milestones,
    IReadOnlyList<(LinkView Link, int Count, string Blurb)> Sections) : PageView
{
    /// <summary>The careers at a glance, small, or null when nothing has a year.</summary>
    public CareerChartView? Chart { get; init; }
}
