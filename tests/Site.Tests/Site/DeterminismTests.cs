using Site.Engine;
using Site.Tests.Support;
using Site.Theme;

namespace Site.Tests.Site;

/// <summary>The same input always gives the same output, byte for byte.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task Two_builds_of_the_real_site_are_byte_identical()
    {
        var folder = Path.Combine(Path.GetTempPath(), "site-det-" + Guid.NewGuid().ToString("N"));
        var first = Path.Combine(folder, "a");
        var second = Path.Combine(folder, "b");
        try
        {
            var pipeline = new BuildPipeline(new ThemeRenderer(RepoPaths.Theme));
            Assert.True((await pipeline.RunAsync(new BuildOptions(RepoPaths.Root, first))).Succeeded);
            Assert.True((await pipeline.RunAsync(new BuildOptions(RepoPaths.Root, second))).Succeeded);

            var a = Snapshot.Of(first);
            var b = Snapshot.Of(second);
            Assert.True(a.Count > 50);
            Assert.Equal(a.Keys, b.Keys);
            Assert.All(a, file => Assert.True(b[file.Key] == file.Value, $"{file.Key} differs between builds"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
