namespace Site.Engine.Loading;

/// <summary>
/// Reads the field names of a record from the lines of a YAML file that failed to parse, by their layout: those of the
/// group of fields a line belongs to, and those of a list item, written over several lines or as <c>{ … }</c>.
/// </summary>
internal static class YamlRecordFields
{
    /// <summary>The field names of the group of fields that the field on the line at <paramref name="index"/> belongs to, read from it upwards.</summary>
    public static HashSet<string> Above(YamlLine[] lines, int index)
    {
        var column = lines[index].KeyColumn;
        var fields = new HashSet<string>(StringComparer.Ordinal);
        for (var i = index; i >= 0; i--)
        {
            var line = lines[i];
            if (line.IsStructural && line.KeyColumn == column)
            {
                fields.Add(line.Key!);
            }

            // The group starts at its list item's `- `, or after the first line further left.
            if (line.IsStructural && ((line.IsItem && line.KeyColumn == column) || line.Indent < column))
            {
                break;
            }
        }

        return fields;
    }

    /// <summary>The field names of the list item that starts on the line at <paramref name="index"/>, read from it downwards.</summary>
    public static HashSet<string> OfItem(YamlLine[] lines, int index)
    {
        var item = lines[index];
        var fields = new HashSet<string>(StringComparer.Ordinal);
        if (item.Key is null)
        {
            // An item written as `{ source: one, quote: … }` names its fields on its own line.
            if (item.Value.StartsWith('{'))
            {
                fields.UnionWith(FlowKeys(item.Value));
            }

            return fields;
        }

        fields.Add(item.Key);
        for (var i = index + 1; i < lines.Length && (!lines[i].IsStructural || lines[i].Indent >= item.KeyColumn); i++)
        {
            if (lines[i].KeyColumn == item.KeyColumn && !lines[i].IsItem)
            {
                fields.Add(lines[i].Key!);
            }
        }

        return fields;
    }

    /// <summary>The field names of the group of fields <c>{ … }</c> that <paramref name="value"/> starts with, leaving out those of groups inside it.</summary>
    private static IEnumerable<string> FlowKeys(string value)
    {
        var depth = 0;
        var keyStart = -1;
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '{' or '[':
                    keyStart = ++depth == 1 ? i + 1 : keyStart;
                    break;
                case '}' or ']':
                    depth--;
                    break;
                case ',' when depth == 1:
                    keyStart = i + 1;
                    break;
                case ':' when depth == 1 && keyStart >= 0 && (i + 1 == value.Length || value[i + 1] == ' '):
                    yield return value[keyStart..i].Trim();
                    keyStart = -1;
                    break;
            }
        }
    }
}
