using Site.Engine;
using Site.Theme;

namespace Site.Tests.Support;

/// <summary>Builds the real site from the repository's input/ and seeds/ once, into a temporary folder, for a test class.</summary>
public sealed class RealSiteFixture : IAsyncLifetime
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "site-real-" + Guid.NewGuid().ToString("N"), "output");

    /// <summary>The build's result.</summary>
    internal BuildResult Result { get; private set; } = default!;

    /// <summary>The built site.</summary>
    internal BuiltSite Site { get; private set; } = default!;

    /// <summary>The output folder.</summary>
    internal string Output => _output;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        Result = await new BuildPipeline(new ThemeRenderer(RepoPaths.Theme)).RunAsync(new BuildOptions(RepoPaths.Root, _output));
        Assert.True(Result.Succeeded, string.Join('\n', Result.Diagnostics.Select(Result.Formatter.Format)));
        Site = new BuiltSite(_output);
    }

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        if (Directory.Exists(Path.GetDirectoryName(_output)))
        {
            Directory.Delete(Path.GetDirectoryName(_output)!, recursive: true);
        }

        return Task.CompletedTask;
    }
}
