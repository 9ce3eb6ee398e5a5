using System.Globalization;
using System.Text;
using Site.Engine.Diagnostics;

namespace Site.Cli.Reports;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), escaped as the runner reads them: in the
/// message <c>%</c>, carriage returns and line feeds; in a property also <c>:</c> and <c>,</c>. Nothing from a content file
/// can then end a command early or start another.
/// </summary>
internal static class WorkflowCommands
{
    /// <summary>
    /// The annotation for one diagnostic: its code and message as the title, and as the text the message, what was
    /// expected, the notes and the fix, one a line; each part made visible as in the human report.
    /// </summary>
    public static string Annotation(Diagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var lines = new List<string> { diagnostic.Message };
        if (diagnostic.Expected is { } expected)
        {
            lines.Add($"expected: {expected}");
        }

        lines.AddRange(diagnostic.Notes.Select(n => $"note: {n}"));
        if (diagnostic.Fix is { } fix)
        {
            lines.Add($"fix: {fix}");
        }

        var command = diagnostic.IsError ? "error" : "warning";
        var title = $"{diagnostic.Code} {VisibleText.Of(diagnostic.Message)}";
        var message = string.Join('\n', lines.Select(VisibleText.Of));
        return string.Create(CultureInfo.InvariantCulture,
            $"::{command} file={EscapeProperty(span.Path)},line={span.Line},col={span.Column},endColumn={span.Column + Math.Max(1, span.Length)},title={EscapeProperty(title)}::{EscapeData(message)}");
    }

    /// <summary>Starts a group of log lines that GitHub shows collapsed under <paramref name="title"/>.</summary>
    public static string Group(string title) => $"::group::{EscapeData(title)}";

    /// <summary>Ends the group.</summary>
    public const string EndGroup = "::endgroup::";

    /// <summary>A command's message, escaped.</summary>
    public static string EscapeData(string text) => Escape(text, property: false);

    /// <summary>A command's property value, escaped.</summary>
    public static string EscapeProperty(string text) => Escape(text, property: true);

    private static string Escape(string text, bool property)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var replacement = c switch
            {
                '%' => "%25",
                '\r' => "%0D",
                '\n' => "%0A",
                ':' when property => "%3A",
                ',' when property => "%2C",
                _ => null,
            };
            _ = replacement is null ? escaped.Append(c) : escaped.Append(replacement);
        }

        return escaped.ToString();
    }
}
