using System.Runtime.InteropServices;
using Site.Tests.Support;

namespace Site.Tests.Native;

/// <summary>
/// The site tool published as a native executable, exactly as the README tells a user to: once per test run, into the
/// test binaries' folder. The publish fails on any trimming or AOT warning, since warnings are errors.
/// </summary>
public sealed class NativeTool : IAsyncLifetime
{
    /// <summary>The native executable.</summary>
    public string Executable { get; } = Path.Combine(AppContext.BaseDirectory, "native", "site");

    /// <summary>What the publish printed, for a failing test to show.</summary>
    public string PublishLog { get; private set; } = string.Empty;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var (exitCode, output, errors) = await SiteProcess.RunAsync("dotnet",
            ["publish", Path.Combine(RepoPaths.Root, "src", "Site.Cli"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
             "-o", Path.GetDirectoryName(Executable)!, "--nologo"],
            TimeSpan.FromMinutes(10));
        PublishLog = output + errors;
        Assert.True(exitCode == 0, "dotnet publish failed:\n" + PublishLog);
    }

    /// <inheritdoc/>
    public Task DisposeAsync() => Task.CompletedTask;
}
