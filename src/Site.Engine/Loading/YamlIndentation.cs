namespace Site.Engine.Loading;

/// <summary>
/// Tells whether a line of YAML is out of line with its siblings, and where it should start. A line may start where a
/// sibling above it starts, at the column of any item or field that is still open around it, or deeper than a line
/// that opens a block (<c>citations:</c>, a lone <c>-</c>); a field lines up with fields and an item with items.
/// </summary>
internal static class YamlIndentation
{
    /// <summary>How a line is out of line: the column it should start at and the line above that starts there.</summary>
    /// <param name="Line">The line that is out of line.</param>
    /// <param name="Expected">The 0-based column, which is also the number of spaces, it should start at.</param>
    /// <param name="Sibling">The line above that starts at that column.</param>
    public sealed record Misalignment(YamlLine Line, int Expected, YamlLine Sibling);

    /// <summary>The misalignment of the line at <paramref name="index"/> (0-based), or null when it is in line or gives no layout.</summary>
    public static Misalignment? Of(IReadOnlyList<YamlLine> lines, int index)
    {
        var line = lines[index];
        if (!line.IsStructural || YamlLine.StructuralBefore(lines, index) is not { } previous)
        {
            return null;
        }

        // A block's value starts deeper than the line that opens it; a list may also start at its field's own column.
        if (previous.OpensBlock && (line.Column > previous.Column || (line.IsItem && previous.Key is not null && line.Column == previous.KeyColumn)))
        {
            return null;
        }

        var starts = OpenColumns(lines, previous.Number - 1, line.IsItem);
        if (starts.Any(s => s.Column == line.Column) || starts.Count == 0)
        {
            return null;
        }

        // The nearest column is the likely intent; between two as near, the deeper, as a slip rarely leaves a whole block.
        var nearest = starts.OrderBy(s => Math.Abs(s.Column - line.Column)).ThenByDescending(s => s.Column).First();
        return new Misalignment(line, nearest.Column, nearest.Line);
    }

    /// <summary>
    /// The columns where an item (<paramref name="item"/>) or a field may start after the line at <paramref name="last"/>:
    /// those of that line and of each line above it that starts further left, up to the start of the document.
    /// </summary>
    private static List<(int Column, YamlLine Line)> OpenColumns(IReadOnlyList<YamlLine> lines, int last, bool item)
    {
        var columns = new List<(int Column, YamlLine Line)>();
        var left = int.MaxValue;
        for (var i = last; i >= 0 && left > 0; i--)
        {
            var above = lines[i];
            if (!above.IsStructural || above.Indent >= left)
            {
                continue;
            }

            left = above.Indent;
            var column = item ? above.ItemColumn : above.KeyColumn;
            if (column >= 0)
            {
                columns.Add((column, above));
            }
        }

        return columns;
    }
}
