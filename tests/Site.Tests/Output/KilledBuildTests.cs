using System.Diagnostics;
using Site.Engine.Output;
using Site.Tests.Support;

namespace Site.Tests.Output;

/// <summary>
/// A build killed outright (SIGKILL: no clean-up runs) at any moment leaves the output folder wholly the old site or
/// wholly the new one, and the next build cleans up after it.
/// </summary>
public sealed class KilledBuildTests
{
    private const string NewQuotes = """
        - id: happy
          speakers: [ann]
          text: We are very happy,
          source: one
          context: On their marriage, in the new site.
        """;

    [Fact]
    public async Task A_build_killed_at_any_moment_leaves_the_old_site_or_the_new_one_whole()
    {
        // Given the old site and the new one, each built whole, to compare with
        using var site = TestSite.Create();
        var oldQuotes = await File.ReadAllTextAsync(Path.Combine(site.Root, "input", "quotes.yaml"));
        var newSite = Path.Combine(site.Root, "expected-new");
        site.With("input/quotes.yaml", NewQuotes);
        Assert.True((await SiteProcess.RunAsync("dotnet", [SiteProcess.Tool, "build", "--root", site.Root, "--theme", RepoPaths.Theme, "--output", newSite])).ExitCode == 0);
        var wholes = new[] { (Name: "new", Files: Snapshot.Of(newSite)) }.ToList();
        var random = new Random(16);
        var killed = 0;

        // When, again and again, the output folder holds the old site and a build of the new one is killed: at a random
        // moment of the build, or just as it writes its manifest, a moment before it switches folders
        for (var round = 0; round < 8; round++)
        {
            site.With("input/quotes.yaml", oldQuotes);
            Assert.True((await site.BuildAsync()).Succeeded);
            if (round == 0)
            {
                wholes.Add(("old", Snapshot.Of(site.Output)));
            }

            site.With("input/quotes.yaml", NewQuotes);
            var mark = round % 2 == 0 ? ".output.next" : Path.Combine(".output.next", OutputFolder.ManifestName);
            var delay = round % 2 == 0 ? TimeSpan.FromMilliseconds(random.Next(0, 400)) : TimeSpan.FromTicks(random.Next(0, 20_000));
            killed += await KillAsync(site, Path.Combine(site.Root, mark), delay) ? 1 : 0;

            // Then the output folder is one whole site, exactly
            var now = Snapshot.Of(site.Output);
            Assert.True(wholes.Exists(w => w.Files.SequenceEqual(now)), $"round {round}: the output folder is a mix of the old and the new site");
        }

        // And the kills did land while builds were running, and the next build leaves nothing behind
        Assert.InRange(killed, 4, 8);
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.Equal(wholes[0].Files, Snapshot.Of(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    /// <summary>Starts a build, waits for <paramref name="mark"/> to appear, then for <paramref name="delay"/>, then kills it.</summary>
    /// <returns>True when the build was still running when it was killed.</returns>
    private static async Task<bool> KillAsync(TestSite site, string mark, TimeSpan delay)
    {
        using var build = SiteProcess.Start("build", "--root", site.Root, "--theme", RepoPaths.Theme);
        var watch = Stopwatch.StartNew();
        while (!File.Exists(mark) && !Directory.Exists(mark) && !build.HasExited && watch.Elapsed < TimeSpan.FromMinutes(1))
        {
            Thread.SpinWait(100);
        }

        var until = watch.Elapsed + delay;
        while (watch.Elapsed < until && !build.HasExited)
        {
            Thread.SpinWait(100);
        }

        var running = !build.HasExited;
        build.Kill();
        await build.WaitForExitAsync();
        return running;
    }
}
