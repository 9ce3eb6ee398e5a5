using System.Text;
using Site.Engine.Diagnostics;

namespace Site.Cli.Reports;

/// <summary>
/// The short Markdown report that GitHub shows on a workflow run's page: the outcome, then a table of the problems,
/// the first <see cref="Rows"/> of them. Text from content files is escaped, so it shows as written and never as markup.
/// </summary>
internal static class StepSummary
{
    /// <summary>How many problems the table lists; the rest are counted under it.</summary>
    public const int Rows = 30;

    /// <summary>The summary of one <c>build</c> or <c>check</c>, under the heading <paramref name="outcome"/>.</summary>
    public static string Markdown(string command, string outcome, IReadOnlyList<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        text.Append($"### site {command}: {Escape(outcome)}\n\n");
        if (diagnostics.Count == 0)
        {
            return text.ToString();
        }

        text.Append("| Where | Problem |\n| --- | --- |\n");
        foreach (var diagnostic in diagnostics.Take(Rows))
        {
            var severity = diagnostic.IsError ? "error" : "warning";
            text.Append($"| {Escape(diagnostic.Span.ToString())} | {severity} {diagnostic.Code}: {Escape(diagnostic.Message)} |\n");
        }

        if (diagnostics.Count > Rows)
        {
            text.Append($"\n{diagnostics.Count - Rows} more in the job's log.\n");
        }

        return text.Append('\n').ToString();
    }

    /// <summary>
    /// Text as Markdown shows it literally: hidden characters made visible, and every character that could start markup
    /// in a table cell (emphasis, code, links, HTML, math, the cell's edge) escaped with a backslash.
    /// </summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in VisibleText.Of(text))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '!' or '$')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
