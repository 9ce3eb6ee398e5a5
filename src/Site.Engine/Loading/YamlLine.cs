namespace Site.Engine.Loading;

/// <summary>
/// One line of YAML as a person lays it out: where it starts, whether it starts a list item (<c>- </c>), and the field
/// name it gives (<c>key: value</c>). It reads lines of a file that already failed to parse, to explain the mistake in
/// the terms of the layout, so it follows block YAML only as far as hand-written content needs. Columns are 0-based.
/// </summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Text">The line, without its line break.</param>
/// <param name="Indent">The spaces before its first character.</param>
/// <param name="ItemColumn">The column of the <c>-</c> that starts a list item, or -1.</param>
/// <param name="KeyColumn">The column of the field name, or -1.</param>
/// <param name="Key">The field name, or null.</param>
/// <param name="ValueStart">The column where the value after the field name or the <c>- </c> starts; the line's length when there is none.</param>
internal readonly record struct YamlLine(int Number, string Text, int Indent, int ItemColumn, int KeyColumn, string? Key, int ValueStart)
{
    /// <summary>True for a line that starts a list item.</summary>
    public bool IsItem => ItemColumn >= 0;

    /// <summary>True for a line that gives the layout: a list item or a field; false for blank lines, comments and continued text.</summary>
    public bool IsStructural => IsItem || Key is not null;

    /// <summary>The value written on the line after its field name or <c>- </c>, without a comment after it; empty when there is none.</summary>
    public string Value
    {
        get
        {
            var value = Text[ValueStart..];
            var comment = value.StartsWith('#') ? 0 : value.IndexOf(" #", StringComparison.Ordinal);
            return (comment < 0 ? value : value[..comment]).TrimEnd();
        }
    }

    /// <summary>True when the lines below may be indented deeper to give this field's or item's value.</summary>
    public bool OpensBlock => IsStructural && Value is "" or "|" or ">" or "|-" or ">-" or "|+" or ">+";

    /// <summary>The column that places this line among its siblings: the <c>-</c> of an item, else the field name.</summary>
    public int Column => IsItem ? ItemColumn : KeyColumn;

    /// <summary>Reads the layout of every line of <paramref name="text"/>.</summary>
    public static YamlLine[] Split(string text) =>
        [.. text.Split('\n').Select((line, i) => Read(i + 1, line.TrimEnd('\r')))];

    /// <summary>The nearest line above <paramref name="index"/> (0-based) that gives the layout, or null.</summary>
    public static YamlLine? StructuralBefore(IReadOnlyList<YamlLine> lines, int index)
    {
        for (var i = Math.Min(index, lines.Count) - 1; i >= 0; i--)
        {
            if (lines[i].IsStructural)
            {
                return lines[i];
            }
        }

        return null;
    }

    private static YamlLine Read(int number, string text)
    {
        var indent = text.Length - text.TrimStart(' ').Length;
        var start = indent;
        var item = -1;
        while (start < text.Length && text[start] == '-' && (start + 1 == text.Length || text[start + 1] is ' ' or '\t'))
        {
            item = item < 0 ? start : item;
            start++;
            while (start < text.Length && text[start] is ' ' or '\t')
            {
                start++;
            }
        }

        var colon = start < text.Length && text[start] is not ('#' or '"' or '\'' or '[' or '{' or '|' or '>') ? KeyEnd(text, start) : -1;
        if (colon < 0)
        {
            return new YamlLine(number, text, indent, item, -1, null, start);
        }

        var value = colon + 1;
        while (value < text.Length && text[value] is ' ' or '\t')
        {
            value++;
        }

        return new YamlLine(number, text, indent, item, start, text[start..colon].TrimEnd(), value);
    }

    /// <summary>The column of the colon that ends a field name starting at <paramref name="start"/>, or -1.</summary>
    private static int KeyEnd(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '#' && text[i - 1] is ' ' or '\t')
            {
                return -1;
            }

            if (text[i] == ':' && (i + 1 == text.Length || text[i + 1] is ' ' or '\t'))
            {
                return i;
            }
        }

        return -1;
    }
}
