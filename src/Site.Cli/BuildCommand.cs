using System.Globalization;
using Site.Engine;
using Site.Theme;

namespace Site.Cli;

/// <summary>The <c>build</c> and <c>check</c> commands: run the pipeline, print every diagnostic, then a summary.</summary>
internal static class BuildCommand
{
    /// <summary>Builds (or only checks) the site; returns 0 on success and 1 when the content has errors.</summary>
    public static async Task<int> RunAsync(CommandOptions options, bool checkOnly, TextWriter output, TextWriter errors)
    {
        var renderer = new ThemeRenderer(options.ThemeFolder);
        var build = new BuildOptions(options.Root, options.Output, options.BasePath, checkOnly, options.BaseUrl);
        var started = DateTime.UtcNow;
        var result = await new BuildPipeline(renderer).RunAsync(build);
        foreach (var diagnostic in result.Diagnostics)
        {
            await errors.WriteAsync(result.Formatter.Format(diagnostic));
        }

        var errorCount = result.Diagnostics.Count(d => d.IsError);
        var warningCount = result.Diagnostics.Count - errorCount;
        var failed = errorCount > 0 || (options.WarningsAsErrors && warningCount > 0);
        var stages = string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Duration.TotalMilliseconds:F0} ms"));
        var elapsed = (DateTime.UtcNow - started).TotalMilliseconds;
        if (failed)
        {
            await errors.WriteLineAsync($"{Plural(errorCount, "error")}, {Plural(warningCount, "warning")}: nothing was written; output/ is unchanged.");
            return 1;
        }

        var what = checkOnly
            ? "Content checked: no errors"
            : string.Create(CultureInfo.InvariantCulture, $"Built {result.PageCount} pages into {Path.GetRelativePath(options.Root, build.Output)}/, {result.Written.FilesWritten} files written ({result.Written.BytesWritten / 1024.0:F0} KB), {result.Written.FilesDeleted} deleted");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{what} in {elapsed:F0} ms ({stages}); {Plural(warningCount, "warning")}."));
        return 0;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
