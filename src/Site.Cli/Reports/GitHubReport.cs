using Site.Engine;

namespace Site.Cli.Reports;

/// <summary>
/// The report of <c>build</c> and <c>check</c> under GitHub Actions, all on standard output so that its parts stay in
/// order: one annotation per problem, which GitHub shows on the changed line of a pull request; the human report in a
/// collapsed group; the outcome; and a Markdown summary appended to the step summary file, when there is one.
/// </summary>
internal static class GitHubReport
{
    /// <summary>Writes the report of <paramref name="result"/>; <paramref name="outcome"/> is the human report's last line.</summary>
    public static async Task WriteAsync(BuildResult result, string command, string verdict, string outcome, string? summaryFile, TextWriter output)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            await output.WriteLineAsync(WorkflowCommands.Annotation(diagnostic));
        }

        if (result.Diagnostics.Count > 0)
        {
            await output.WriteLineAsync(WorkflowCommands.Group($"site {command}: the full report"));
            foreach (var diagnostic in result.Diagnostics)
            {
                await output.WriteAsync(result.Formatter.Format(diagnostic));
            }

            await output.WriteLineAsync(WorkflowCommands.EndGroup);
        }

        await output.WriteLineAsync(outcome);
        if (summaryFile is not null)
        {
            await File.AppendAllTextAsync(summaryFile, StepSummary.Markdown(command, verdict, result.Diagnostics));
        }
    }
}
