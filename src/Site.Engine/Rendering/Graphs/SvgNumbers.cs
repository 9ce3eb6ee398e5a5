using System.Globalization;

namespace Site.Engine.Rendering.Graphs;

/// <summary>Numbers as SVG attributes hold them: at most one decimal, a point as separator whatever the machine's culture.</summary>
internal static class SvgNumbers
{
    /// <summary>The number, rounded to a tenth, as an attribute value.</summary>
    public static string Of(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
}
