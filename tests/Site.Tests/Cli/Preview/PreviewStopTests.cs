using System.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Cli.Preview;

/// <summary>The preview stops cleanly when it is asked to, by Ctrl+C or by a service manager's SIGTERM.</summary>
public sealed class PreviewStopTests
{
    [Fact]
    public async Task Sigterm_stops_the_preview_and_it_exits_with_success()
    {
        // Given the site tool's preview running as its own process
        using var site = TestSite.Create();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "site.dll"), "preview", "--root", site.Root, "--theme", RepoPaths.Theme, "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        using var preview = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            string? line;
            do
            {
                line = await preview.StandardOutput.ReadLineAsync(timeout.Token);
            }
            while (line is not null && !line.StartsWith("Serving ", StringComparison.Ordinal));
            Assert.NotNull(line);

            // When it is sent SIGTERM, as `kill` or a service manager does
            using (var kill = Process.Start("kill", ["-TERM", $"{preview.Id}"]))
            {
                await kill.WaitForExitAsync(timeout.Token);
            }

            // Then it stops, with success, and says nothing on its error stream
            await preview.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, preview.ExitCode);
            Assert.Equal(string.Empty, await preview.StandardError.ReadToEndAsync(timeout.Token));
        }
        finally
        {
            if (!preview.HasExited)
            {
                preview.Kill(entireProcessTree: true);
            }
        }
    }
}
