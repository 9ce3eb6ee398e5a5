namespace Site.Cli.Reports;

/// <summary>How <c>build</c> and <c>check</c> print what they found.</summary>
internal enum ReportFormat
{
    /// <summary>For a person at a terminal or an editor: <c>file:line:col: error CODE: message</c>, with the line and a caret.</summary>
    Human,

    /// <summary>
    /// For GitHub Actions: each problem as a workflow command that GitHub shows on the line of the pull request, then
    /// the human report in a collapsed group, and a summary for the run's page.
    /// </summary>
    GitHub,
}
