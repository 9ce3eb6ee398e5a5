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
        var first = Path.Combine(Path.GetTempPath(), "site-det-a-" + Guid.NewGuid().ToString("N"));
        var second = Path.Combine(Path.GetTempPath(), "site-det-b-" + Guid.NewGuid().ToString("N"));
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
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }
}
