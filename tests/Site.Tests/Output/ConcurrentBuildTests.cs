using Site.Engine;
using Site.Engine.Output;
using Site.Tests.Support;
using Site.Theme;

namespace Site.Tests.Output;

/// <summary>Builds into one output folder take turns: the folder always holds one whole site, never a mix of two.</summary>
public sealed class ConcurrentBuildTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_builds_into_one_folder_at_once_both_succeed_and_leave_one_whole_site(bool folderExists)
    {
        // Given two different sites, and the whole output of each built on its own
        using var first = TestSite.Create();
        using var second = TestSite.Create().With("input/quotes.yaml", """
            - id: happy
              speakers: [ann]
              text: We are very happy,
              source: one
              context: Said by the second site.
            """);
        Assert.True((await first.BuildAsync()).Succeeded);
        Assert.True((await second.BuildAsync()).Succeeded);
        var sites = new[] { Snapshot.Of(first.Output), Snapshot.Of(second.Output) };
        var shared = Path.Combine(first.Root, "shared", "output");
        if (folderExists)
        {
            Assert.True((await BuildAsync(second, shared)).Succeeded);
        }

        // When both are built into one folder at the same moment, several times over
        for (var round = 0; round < 3; round++)
        {
            var results = await Task.WhenAll(BuildAsync(first, shared), BuildAsync(second, shared));

            // Then both succeed, and the folder is wholly one site or wholly the other, with nothing left beside it
            Assert.All(results, r => Assert.True(r.Succeeded));
            Assert.Contains(Snapshot.Of(shared), sites);
            Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(shared)!, ".output.*"));
        }
    }

    [Fact]
    public async Task A_build_waits_for_the_build_already_writing_and_says_so()
    {
        // Given another build holding the output folder
        using var site = TestSite.Create();
        var lockFile = Path.Combine(site.Root, ".output.lock");
        var told = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<BuildResult> build;
        using (new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            // When a build starts, it waits and says so
            build = Task.Run(() => new BuildPipeline(new ThemeRenderer(RepoPaths.Theme))
                .RunAsync(new BuildOptions(site.Root) { OnWait = m => told.TrySetResult(m) }));
            var message = await told.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal($"Waiting for another build that is writing to {site.Output} …", message);
            Assert.False(build.IsCompleted);
            Assert.False(Directory.Exists(site.Output));
        }

        // Then, once the other build is done, it builds
        Assert.True((await build.WaitAsync(TimeSpan.FromSeconds(30))).Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Output, OutputFolder.ManifestName)));
    }

    private static Task<BuildResult> BuildAsync(TestSite site, string output) =>
        Task.Run(() => new BuildPipeline(new ThemeRenderer(RepoPaths.Theme)).RunAsync(new BuildOptions(site.Root, output)));
}
