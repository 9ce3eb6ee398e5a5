using Site.Engine.Model;

namespace Site.Engine.Rendering.Graphs;

/// <summary>The outline of each mark, as an SVG path: a shape for each kind of work, one for events.</summary>
internal static class MarkShapes
{
    /// <summary>The shape of a work of <paramref name="kind"/>, centred on (<paramref name="x"/>, <paramref name="y"/>), of radius <paramref name="r"/>.</summary>
    public static string Of(WorkKind kind, double x, double y, double r) => kind switch
    {
        WorkKind.Film => Circle(x, y, r),
        WorkKind.TvMovie => Polygon((x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)),
        WorkKind.Series => Polygon((x - (r * 1.3), y - (r * 0.6)), (x + (r * 1.3), y - (r * 0.6)), (x + (r * 1.3), y + (r * 0.6)), (x - (r * 1.3), y + (r * 0.6))),
        WorkKind.TalkShow => Polygon((x - r, y - (r * 0.8)), (x + r, y - (r * 0.8)), (x, y + r)),
        WorkKind.Play => Polygon((x, y - r), (x + r, y + (r * 0.8)), (x - r, y + (r * 0.8))),
        WorkKind.Band => Cross(x, y, r),
        _ => Circle(x, y, r) + Circle(x, y, r * 0.5),
    };

    /// <summary>The shape of a year's events: a diamond.</summary>
    public static string Event(double x, double y, double r) => Polygon((x, y - (r * 1.2)), (x + r, y), (x, y + (r * 1.2)), (x - r, y));

    private static string Circle(double x, double y, double r) =>
        $"M{SvgNumbers.Of(x - r)} {SvgNumbers.Of(y)}a{SvgNumbers.Of(r)} {SvgNumbers.Of(r)} 0 1 0 {SvgNumbers.Of(2 * r)} 0a{SvgNumbers.Of(r)} {SvgNumbers.Of(r)} 0 1 0 {SvgNumbers.Of(-2 * r)} 0z";

    private static string Cross(double x, double y, double r)
    {
        var t = r * 0.4;
        return Polygon((x - t, y - r), (x + t, y - r), (x + t, y - t), (x + r, y - t), (x + r, y + t), (x + t, y + t), (x + t, y + r),
            (x - t, y + r), (x - t, y + t), (x - r, y + t), (x - r, y - t), (x - t, y - t));
    }

    private static string Polygon(params (double X, double Y)[] points) =>
        "M" + string.Join("L", points.Select(p => $"{SvgNumbers.Of(p.X)} {SvgNumbers.Of(p.Y)}")) + "z";
}
