using System.Globalization;
using System.Text;

namespace Site.Engine.Diagnostics;

/// <summary>
/// Prints diagnostics in the compiler layout, with the offending line and a caret under the column. Everything
/// printed goes through <see cref="VisibleText"/>: a file or a value may hold characters a terminal would obey.
/// </summary>
/// <param name="readLines">Returns the lines of a project file by its relative path, or null when it cannot be read.</param>
public sealed class DiagnosticFormatter(Func<string, IReadOnlyList<string>?> readLines)
{
    /// <summary>Formats one diagnostic as several lines of text ending in a newline.</summary>
    public string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var text = new StringBuilder();
        var severity = diagnostic.IsError ? "error" : "warning";
        text.Append(CultureInfo.InvariantCulture, $"{VisibleText.Of(span.ToString())}: {severity} {diagnostic.Code}: {VisibleText.Of(diagnostic.Message)}\n");
        AppendExcerpt(text, span);
        if (diagnostic.Expected is { } expected)
        {
            text.Append(CultureInfo.InvariantCulture, $"  expected: {VisibleText.Of(expected)}\n");
        }

        foreach (var note in diagnostic.Notes)
        {
            text.Append(CultureInfo.InvariantCulture, $"  note: {VisibleText.Of(note)}\n");
        }

        if (diagnostic.Fix is { } fix)
        {
            text.Append(CultureInfo.InvariantCulture, $"  fix: {VisibleText.Of(fix)}\n");
        }

        return text.ToString();
    }

    private void AppendExcerpt(StringBuilder text, SourceSpan span)
    {
        var lines = readLines(span.Path);
        if (lines is null || span.Line < 1 || span.Line > lines.Count)
        {
            return;
        }

        var original = lines[span.Line - 1];
        var line = VisibleText.Of(original, out var positions);
        var start = Math.Clamp(span.Column - 1, 0, original.Length);
        var caretStart = positions[start];
        var caretLength = Math.Max(1, positions[Math.Min(start + Math.Max(span.Length, 1), original.Length)] - caretStart);
        if (line.Length > 160)
        {
            line = line[..160] + "…";
        }

        caretStart = Math.Min(caretStart, line.Length);
        caretLength = Math.Clamp(caretLength, 1, Math.Max(1, line.Length - caretStart));
        var number = span.Line.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        text.Append(CultureInfo.InvariantCulture, $"  {number} | {line}\n");
        text.Append(CultureInfo.InvariantCulture, $"  {gutter} | {new string(' ', caretStart)}{new string('^', caretLength)}\n");
    }
}
