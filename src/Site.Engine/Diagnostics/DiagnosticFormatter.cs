using System.Globalization;
using System.Text;

namespace Site.Engine.Diagnostics;

/// <summary>Prints diagnostics in the compiler layout, with the offending line and a caret under the column.</summary>
/// <param name="readLines">Returns the lines of a project file by its relative path, or null when it cannot be read.</param>
public sealed class DiagnosticFormatter(Func<string, IReadOnlyList<string>?> readLines)
{
    /// <summary>Formats one diagnostic as several lines of text ending in a newline.</summary>
    public string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var text = new StringBuilder();
        var severity = diagnostic.IsError ? "error" : "warning";
        text.Append(CultureInfo.InvariantCulture, $"{span}: {severity} {diagnostic.Code}: {diagnostic.Message}\n");
        AppendExcerpt(text, span);
        if (diagnostic.Expected is { } expected)
        {
            text.Append(CultureInfo.InvariantCulture, $"  expected: {expected}\n");
        }

        if (diagnostic.Fix is { } fix)
        {
            text.Append(CultureInfo.InvariantCulture, $"  fix: {fix}\n");
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

        var line = Visible(lines[span.Line - 1]);
        if (line.Length > 160)
        {
            line = line[..160] + "…";
        }

        var number = span.Line.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        var caretStart = Math.Min(span.Column - 1, line.Length);
        var caretLength = Math.Clamp(span.Length, 1, Math.Max(1, line.Length - caretStart));
        text.Append(CultureInfo.InvariantCulture, $"  {number} | {line}\n");
        text.Append(CultureInfo.InvariantCulture, $"  {gutter} | {new string(' ', caretStart)}{new string('^', caretLength)}\n");
    }

    /// <summary>
    /// The line with a tab shown as a space, and every other control character as U+FFFD: printed as they are, they
    /// would be invisible, and some would be taken by the terminal for commands.
    /// </summary>
    private static string Visible(string line) =>
        string.Create(line.Length, line, static (chars, line) =>
        {
            for (var i = 0; i < line.Length; i++)
            {
                chars[i] = line[i] switch
                {
                    '\t' => ' ',
                    < ' ' or (>= '\x7F' and <= '\x9F') => '\uFFFD',
                    var c => c,
                };
            }
        });
}
