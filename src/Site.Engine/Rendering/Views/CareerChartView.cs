namespace Site.Engine.Rendering.Views;

/// <summary>
/// The careers at a glance, drawn as SVG: a lane for each of the couple across the years, each dated work a mark in the
/// lanes of the people credited on it, joined across lanes when both are, and the years with events about both.
/// Every coordinate is already formatted; the component only places them.
/// </summary>
/// <param name="IsCompact">True for the small version on the home page.</param>
/// <param name="ViewBox">The drawing's view box.</param>
/// <param name="Title">The drawing's title.</param>
/// <param name="Description">What the drawing shows, in a sentence or two.</param>
/// <param name="Lanes">Each lane, with its person's name.</param>
/// <param name="Axis">The line of the years' axis.</param>
/// <param name="Ticks">The years labelled under the axis.</param>
/// <param name="Joins">A line across the lanes for each work of more than one of them.</param>
/// <param name="Marks">Each work's mark in each lane it is in, a link to its page.</param>
/// <param name="Events">A mark for each year with dated events about the whole couple, a link to that year on the timeline.</param>
/// <param name="Legend">The shapes of the kinds of work drawn, and of the other marks.</param>
/// <param name="Rows">The same information as a table: each dated work, oldest first.</param>
/// <param name="Undated">Each lane's works that the sources give no year for, which the chart does not place.</param>
/// <param name="FullChart">The full chart, on the timeline.</param>
public sealed record CareerChartView(
    bool IsCompact,
    string ViewBox,
    string Title,
    string Description,
    IReadOnlyList<ChartLineView> Lanes,
    ChartLineView Axis,
    IReadOnlyList<ChartTextView> Ticks,
    IReadOnlyList<ChartLineView> Joins,
    IReadOnlyList<ChartMarkView> Marks,
    ChartLineView? Events,
    IReadOnlyList<LegendItemView> Legend,
    IReadOnlyList<ChartRowView> Rows,
    IReadOnlyList<(LinkView Person, IReadOnlyList<LinkView> Works)> Undated,
    LinkView FullChart);

/// <summary>A line of a drawing, with the label written above its start, if any.</summary>
/// <param name="X1">Where it starts, across.</param>
/// <param name="Y1">Where it starts, down.</param>
/// <param name="X2">Where it ends, across.</param>
/// <param name="Y2">Where it ends, down.</param>
/// <param name="Label">The text above its start, or null.</param>
/// <param name="LabelY">Where the label's baseline is, down.</param>
public sealed record ChartLineView(string X1, string Y1, string X2, string Y2, string? Label = null, string LabelY = "0");

/// <summary>A label of a drawing, centred on its point.</summary>
/// <param name="X">Across.</param>
/// <param name="Y">Down, the baseline.</param>
/// <param name="Text">The text.</param>
public sealed record ChartTextView(string X, string Y, string Text);

/// <summary>A mark of a drawing that links to a page.</summary>
/// <param name="Link">Where it links to.</param>
/// <param name="Label">What it is, as its tooltip and accessible name say.</param>
/// <param name="Path">Its outline.</param>
/// <param name="Class">Its style: which lane or kind of mark it is.</param>
public sealed record ChartMarkView(LinkView Link, string Label, string Path, string Class);

/// <summary>One entry of a drawing's legend.</summary>
/// <param name="Label">What the shape stands for.</param>
/// <param name="Path">The shape, in a 20 by 20 box.</param>
/// <param name="Class">Its style.</param>
public sealed record LegendItemView(string Label, string Path, string Class);

/// <summary>One work of the chart as a table row.</summary>
/// <param name="Year">The year.</param>
/// <param name="Work">The work's page.</param>
/// <param name="Kind">The kind as people read it.</param>
/// <param name="People">The names of the lanes it is in.</param>
public sealed record ChartRowView(int Year, LinkView Work, string Kind, string People);
