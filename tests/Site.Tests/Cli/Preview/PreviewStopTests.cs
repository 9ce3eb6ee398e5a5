using System.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Cli.Preview;

/// <summary>The preview stops cleanly when it is asked to, by Ctrl+C or by a service manager's SIGTERM, with tabs open or not.</summary>
public sealed class PreviewStopTests
{
    [Theory]
    [InlineData("INT", false)]
    [InlineData("INT", true)]
    [InlineData("TERM", false)]
    [InlineData("TERM", true)]
    public async Task A_stop_signal_ends_every_live_reload_stream_and_the_preview_exits_with_success(string signal, bool tabOpen)
    {
        // Given the site tool's preview running as its own process, as from a terminal, where Ctrl+C sends SIGINT
        using var site = TestSite.Create();
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "site.dll"), "preview", "--root", site.Root, "--theme", RepoPaths.Theme, "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        using var preview = Process.Start(start)!;

        // The server waits for open responses for its shutdown timeout (30 s by default) unless they end by themselves.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(25));
        try
        {
            string? line;
            do
            {
                line = await preview.StandardOutput.ReadLineAsync(timeout.Token);
            }
            while (line is not null && !line.StartsWith("Serving ", StringComparison.Ordinal));
            Assert.NotNull(line);

            // And, maybe, a tab following its live reload
            using var http = new HttpClient { BaseAddress = new Uri(line.Split(' ')[1]) };
            using var events = tabOpen ? await PreviewEvents.OpenAsync(http) : null;

            // When it is sent the signal: SIGINT from Ctrl+C, SIGTERM from `kill` or a service manager
            using (var kill = Process.Start("kill", [$"-{signal}", $"{preview.Id}"]))
            {
                await kill.WaitForExitAsync(timeout.Token);
            }

            // Then the tab's stream is ended by the server, not cut off when the server gives up waiting for it
            if (events is not null)
            {
                Assert.Equal("(stream ended)", (await events.NextAsync()).Name);
            }

            // And it stops, with success, and says nothing on its error stream
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
