using System.Diagnostics;

namespace Site.Tests.Support;

/// <summary>The site tool run as a process of its own, as a user runs it: for tests that kill it, or change its world.</summary>
internal static class SiteProcess
{
    /// <summary>The tool, as the test project builds it.</summary>
    public static string Tool => Path.Combine(AppContext.BaseDirectory, "site.dll");

    /// <summary>Starts <c>dotnet site.dll</c> with <paramref name="arguments"/>, its output streams captured.</summary>
    public static Process Start(params string[] arguments) => Start("dotnet", [Tool, .. arguments]);

    /// <summary>Starts any program, its output streams captured.</summary>
    public static Process Start(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };

        // The tests run under GitHub Actions too, where the tool would print workflow commands instead of its report.
        start.Environment.Remove("GITHUB_ACTIONS");
        start.Environment.Remove("GITHUB_STEP_SUMMARY");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>
    /// Runs a program to its end, for at most <paramref name="patience"/> (two minutes unless given); returns its exit
    /// code and what it printed on each stream.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan? patience = null)
    {
        using var process = Start(program, arguments);
        using var timeout = new CancellationTokenSource(patience ?? TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
