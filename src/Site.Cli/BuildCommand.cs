using System.Globalization;
using Site.Cli.Reports;
using Site.Engine;
using Site.Engine.Output;
using Site.Theme;

namespace Site.Cli;

/// <summary>The <c>build</c> and <c>check</c> commands: run the pipeline, print every diagnostic, then a summary.</summary>
internal static class BuildCommand
{
    /// <summary>
    /// Builds (or only checks) the site; returns 0 on success, 1 when the content has errors or the site could not be
    /// written, and 2 when the output folder is one the build refuses to write to.
    /// </summary>
    public static async Task<int> RunAsync(CommandOptions options, bool checkOnly, TextWriter output, TextWriter errors)
    {
        var renderer = new ThemeRenderer(options.ThemeFolder);
        var build = new BuildOptions(options.Root, options.Output, options.BasePath, checkOnly, options.BaseUrl)
        {
            ThemeDirectory = options.ThemeFolder,
            WarningsAsErrors = options.WarningsAsErrors,
            AllowExistingOutput = options.AllowExistingOutput,
            OnWait = output.WriteLine,
        };
        var started = DateTime.UtcNow;
        BuildResult result;
        try
        {
            result = await new BuildPipeline(renderer).RunAsync(build);
        }
        catch (Exception e) when (Unwrap(e) is OutputException problem)
        {
            await errors.WriteLineAsync($"error: {CommandLine.Printable(problem.Message)}");
            return problem.IsUsage ? CommandLine.UsageError : 1;
        }

        var errorCount = result.Diagnostics.Count(d => d.IsError);
        var warningCount = result.Diagnostics.Count - errorCount;
        var failed = errorCount > 0 || (options.WarningsAsErrors && warningCount > 0);
        var stages = string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Duration.TotalMilliseconds:F0} ms"));
        var elapsed = (DateTime.UtcNow - started).TotalMilliseconds;
        var folder = Shown(options.Root, build.Output);
        var counts = $"{Plural(errorCount, "error")}, {Plural(warningCount, "warning")}";
        var outcome = failed
            ? checkOnly ? $"{counts}." : $"{counts}: nothing was written; {CommandLine.Printable(folder)} is unchanged."
            : string.Create(CultureInfo.InvariantCulture, $"{Done(result, checkOnly, folder)} in {elapsed:F0} ms ({stages}); {Plural(warningCount, "warning")}.");

        if (options.Format == ReportFormat.GitHub)
        {
            var command = checkOnly ? "check" : "build";
            await GitHubReport.WriteAsync(result, command, failed ? $"failed, {counts}" : $"passed, {Plural(warningCount, "warning")}", outcome, options.StepSummary, output);
            return failed ? 1 : 0;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            await errors.WriteAsync(result.Formatter.Format(diagnostic));
        }

        await (failed ? errors : output).WriteLineAsync(outcome);
        return failed ? 1 : 0;
    }

    /// <summary>What a build that passed did.</summary>
    private static string Done(BuildResult result, bool checkOnly, string folder) => checkOnly
        ? "Content checked: no errors"
        : string.Create(CultureInfo.InvariantCulture, $"Built {result.PageCount} pages into {folder}, {result.Written.FilesWritten} files written ({result.Written.BytesWritten / 1024.0:F0} KB), {result.Written.FilesDeleted} deleted");

    /// <summary>The output folder as the user knows it: relative to the project when it is inside, else in full; with a final slash.</summary>
    private static string Shown(string root, string output)
    {
        var relative = Path.GetRelativePath(root, output);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? output : relative;
        return Path.TrimEndingDirectorySeparator(shown) + "/";
    }

    /// <summary>The one exception inside the wrappers that parallel work puts around it.</summary>
    private static Exception Unwrap(Exception e) =>
        e is AggregateException { InnerExceptions: [var inner] } ? Unwrap(inner) : e;

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
