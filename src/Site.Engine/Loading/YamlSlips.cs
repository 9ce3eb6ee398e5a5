using System.Text;
using Site.Engine.Diagnostics;

namespace Site.Engine.Loading;

/// <summary>
/// Explains the slips people make most often in hand-written YAML, in the terms of what they wrote rather than of the
/// parser's state: a quote mark inside a value quoted with it, a list whose field name was deleted, a line out of
/// line with its siblings, and a colon followed by a space inside an unquoted value. Each explanation says how to
/// write the line so that it reads. It looks only at the line where the parser stopped and the lines above it.
/// </summary>
internal static class YamlSlips
{
    /// <summary>The longest rewritten line a fix shows; a longer one would bury the advice.</summary>
    private const int MaxShownLine = 100;

    /// <summary>The diagnostic for the slip that stopped the parser at <paramref name="line"/> and <paramref name="column"/> (1-based), or null when it is none of these.</summary>
    public static Diagnostic? Explain(string path, string text, int line, int column, int lineOffset)
    {
        var lines = YamlLine.Split(text);
        if (line < 1 || line > lines.Length)
        {
            return null;
        }

        var at = lines[line - 1];
        SourceSpan Span(YamlLine l, int c, int length = 1) => new(path, l.Number + lineOffset, c + 1, length);
        return QuoteInsideQuoted(at, Span)
            ?? ListWhereFieldExpected(lines, at, Span)
            ?? ColonInContinuedValue(lines, at, Span)
            ?? OutOfLine(lines, at, Span)
            ?? ColonInValue(at, column - 1, Span);
    }

    private static Diagnostic? QuoteInsideQuoted(YamlLine line, Func<YamlLine, int, int, SourceSpan> span)
    {
        var start = line.ValueStart;
        if (!line.IsStructural || start >= line.Text.Length || line.Text[start] is not ('"' or '\'') || ClosingQuote(line.Text, start) is not { } end)
        {
            return null;
        }

        var rest = line.Text[(end + 1)..].Trim();
        if (rest.Length == 0 || rest.StartsWith('#'))
        {
            return null;
        }

        // What the value was meant to be: everything up to the last quote mark of the line, or to its end.
        var quote = line.Text[start];
        var last = line.Text.TrimEnd().LastIndexOf(quote);
        var inner = last > end ? line.Text[(start + 1)..last] : line.Text[(start + 1)..].TrimEnd();
        var hasEscapes = inner.Contains('\\', StringComparison.Ordinal);
        var rewritten = quote == '"'
            ? (inner.Contains('\'', StringComparison.Ordinal) || hasEscapes ? $"\"{EscapeBareQuotes(inner)}\"" : $"'{inner}'")
            : (inner.Contains('"', StringComparison.Ordinal) || hasEscapes ? $"'{inner.Replace("'", "''", StringComparison.Ordinal)}'" : $"\"{inner}\"");
        return Errors.QuoteInsideQuotedValue(span(line, end, 1), Name(line), quote, Shown(line.Text[..start] + rewritten));
    }

    /// <summary>The inside of a double-quoted value with each <c>"</c> not yet escaped written as <c>\"</c>.</summary>
    private static string EscapeBareQuotes(string inner)
    {
        var escaped = new StringBuilder(inner.Length + 4);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length)
            {
                escaped.Append(inner, i++, 2);
                continue;
            }

            if (inner[i] == '"')
            {
                escaped.Append('\\');
            }

            escaped.Append(inner[i]);
        }

        return escaped.ToString();
    }

    /// <summary>The column of the quote mark that closes the value opened at <paramref name="start"/>, or null when the line does not close it.</summary>
    private static int? ClosingQuote(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote && quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// A list item where the line above holds a field and its value, and the item is not to the left of that field:
    /// the list's own field name is missing. The field is the one whose records, in the schema, have the item's fields
    /// and that the record around it can hold but does not yet.
    /// </summary>
    private static Diagnostic? ListWhereFieldExpected(YamlLine[] lines, YamlLine line, Func<YamlLine, int, int, SourceSpan> span)
    {
        if (!line.IsItem || YamlLine.StructuralBefore(lines, line.Number - 1) is not { Key: not null } previous
            || previous.OpensBlock || line.ItemColumn < previous.KeyColumn)
        {
            return null;
        }

        var siblings = YamlRecordFields.Above(lines, previous.Number - 1);
        var itemFields = YamlRecordFields.OfItem(lines, line.Number - 1);
        var candidates = Keys.RecordLists
            .Where(list => itemFields.Count > 0 && !siblings.Contains(list.Key) && itemFields.All(list.Value.Contains)
                && Keys.Records.Any(record => record.Contains(list.Key) && siblings.All(record.Contains)))
            .Select(list => list.Key)
            .ToList();

        // Records that no list holds are more likely records of the list around them, indented too far.
        if (itemFields.Count > 0 && candidates.Count == 0)
        {
            return null;
        }

        return Errors.ListWhereFieldExpected(span(line, line.ItemColumn, 1), candidates.Count == 1 ? candidates[0] : null, previous.Key);
    }

    /// <summary>
    /// A line that continues the unquoted value of the field above it and holds a colon followed by a space, which the
    /// parser takes for a field; what stands before the colon has a space in it, as no field name has.
    /// </summary>
    private static Diagnostic? ColonInContinuedValue(YamlLine[] lines, YamlLine line, Func<YamlLine, int, int, SourceSpan> span)
    {
        if (line.IsItem || line.Key is null || !line.Key.Contains(' ', StringComparison.Ordinal)
            || YamlLine.StructuralBefore(lines, line.Number - 1) is not { Key: not null } previous || previous.OpensBlock
            || line.Indent <= previous.KeyColumn || previous.Text[previous.ValueStart] is '"' or '\'' or '[' or '{')
        {
            return null;
        }

        return Errors.ColonInPlainValue(span(line, line.Text.IndexOf(':', line.KeyColumn + line.Key.Length), 1), previous.Key, quoted: null);
    }

    private static Diagnostic? OutOfLine(YamlLine[] lines, YamlLine line, Func<YamlLine, int, int, SourceSpan> span)
    {
        if (YamlIndentation.Of(lines, line.Number - 1) is not { } misalignment)
        {
            return null;
        }

        var sibling = misalignment.Sibling;
        var what = line.IsItem ? "this list item" : $"`{line.Key}`";
        var lineUp = line.IsItem || sibling.KeyColumn != misalignment.Expected
            ? $"the `-` on line {sibling.Number}"
            : $"`{sibling.Key}` on line {sibling.Number}";
        return Errors.OutOfLine(span(line, line.Column, 1), what, line.Column, misalignment.Expected, lineUp);
    }

    /// <summary>An unquoted value holding a colon followed by a space, which the parser takes for the start of a field.</summary>
    private static Diagnostic? ColonInValue(YamlLine line, int column, Func<YamlLine, int, int, SourceSpan> span)
    {
        if (line.Key is null || line.ValueStart >= line.Text.Length || line.Text[line.ValueStart] is '"' or '\'' or '[' or '{' or '|' or '>' or '#')
        {
            return null;
        }

        var value = line.Value;
        var colon = value.IndexOf(": ", StringComparison.Ordinal) is var inside and >= 0 ? inside : value.EndsWith(':') ? value.Length - 1 : -1;
        if (colon < 0 || line.ValueStart + colon > column)
        {
            return null;
        }

        var quoted = value.Contains('\'', StringComparison.Ordinal)
            ? (value.Contains('"', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal) ? $"'{value.Replace("'", "''", StringComparison.Ordinal)}'" : $"\"{value}\"")
            : $"'{value}'";
        return Errors.ColonInPlainValue(span(line, line.ValueStart + colon, 1), Name(line), Shown(line.Text[..line.ValueStart] + quoted));
    }

    /// <summary>The field a value belongs to, for messages; an item of a list of values has none.</summary>
    private static string Name(YamlLine line) => line.Key ?? "this list item";

    private static string? Shown(string line) => line.Trim().Length <= MaxShownLine ? line.Trim() : null;
}
