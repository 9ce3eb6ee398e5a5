using System.Diagnostics;
using System.Net;
using Site.Tests.Cli.Preview;
using Site.Tests.Support;

namespace Site.Tests.Cli.Native;

/// <summary>
/// The native tool does what the tool under the .NET runtime does, byte for byte: the build of the real site, the
/// report on broken content, and the preview with its live reload.
/// </summary>
public sealed class NativeToolTests(NativeTool native) : IClassFixture<NativeTool>
{
    [Fact]
    public void Publishing_gives_the_executable_and_skia_and_harfbuzz_beside_it_and_no_trimming_or_aot_warning()
    {
        // The native libraries of Skia, which draws the share cards, and of HarfBuzz, with which Svg.Skia lays out their
        // text, cannot be linked into the executable: they ship beside it.
        Assert.DoesNotMatch("warning IL[0-9]{4}", native.PublishLog);
        Assert.Equal(["libHarfBuzzSharp.so", "libSkiaSharp.so", "site"], Directory.GetFiles(Path.GetDirectoryName(native.Executable)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Builds_the_real_site_byte_identical_to_the_tool_under_the_runtime()
    {
        var scratch = Directory.CreateTempSubdirectory("site-native-");
        try
        {
            // Given the real site, built once by each tool into a folder of its own
            var jitOutput = Path.Combine(scratch.FullName, "jit");
            var nativeOutput = Path.Combine(scratch.FullName, "native");
            var jit = await SiteProcess.RunAsync("dotnet", [SiteProcess.Tool, "build", "--root", RepoPaths.Root, "--output", jitOutput]);
            var built = await SiteProcess.RunAsync(native.Executable, ["build", "--root", RepoPaths.Root, "--output", nativeOutput]);
            Assert.True(jit.ExitCode == 0, jit.Output + jit.Errors);
            Assert.True(built.ExitCode == 0, built.Output + built.Errors);

            // Then both wrote the same files, with the same bytes
            var files = FilesUnder(jitOutput);
            Assert.True(files.Count > 50, $"only {files.Count} files were built");
            Assert.Equal(files, FilesUnder(nativeOutput));
            foreach (var file in files)
            {
                var expected = await File.ReadAllBytesAsync(Path.Combine(jitOutput, file));
                var actual = await File.ReadAllBytesAsync(Path.Combine(nativeOutput, file));
                Assert.True(expected.SequenceEqual(actual), $"{file} differs between the native build and the build under the runtime");
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    public async Task Reports_broken_content_exactly_as_the_tool_under_the_runtime(string command)
    {
        // Given a site with a misspelt field, a quote that is not in its source, and a reference to nobody
        using var site = TestSite.Create().With("input/facts/all.yaml", """
            - id: met
              statment: They met on a film set.
              about: [ann, bobb]
              citations:
                - source: one
                  quote: The couple met on a film set in 1988.
            """);
        string[] arguments = [command, "--root", site.Root, "--theme", RepoPaths.Theme];

        // When each tool runs
        var jit = await SiteProcess.RunAsync("dotnet", [SiteProcess.Tool, .. arguments]);
        var built = await SiteProcess.RunAsync(native.Executable, arguments);

        // Then both fail the same way, with the same report, word for word
        Assert.Equal(1, jit.ExitCode);
        Assert.Contains("error SG0101", jit.Errors, StringComparison.Ordinal);
        Assert.Equal((jit.ExitCode, jit.Output, jit.Errors), (built.ExitCode, built.Output, built.Errors));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Previews_a_site_and_tells_an_open_tab_to_reload_after_an_edit()
    {
        // Given the native preview of a small site, on a port of its own
        using var site = TestSite.Create();
        using var preview = SiteProcess.Start(native.Executable, ["preview", "--root", site.Root, "--theme", RepoPaths.Theme, "--port", "0"]);
        try
        {
            using var http = new HttpClient { BaseAddress = await ServingAddressAsync(preview), Timeout = TimeSpan.FromSeconds(30) };

            // It serves a page with the live-reload script
            var page = await http.GetAsync("/people/ann/");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<script src=\"/__preview/live.js\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // When a fact is edited while a tab listens, the tab is told to reload, and the page shows the edit
            using var events = await PreviewEvents.OpenAsync(http);
            site.With("input/facts/all.yaml", """
                - id: met
                  statement: They met on the set of a film.
                  about: [ann, bob, the-film]
                  date: 1987
                  citations: [{ source: one, quote: The couple met on a film set in 1987. }]
                """);
            Assert.Equal(("reload", "2"), await events.NextAsync());
            Assert.Contains("They met on the set of a film.", await http.GetStringAsync("/people/ann/"), StringComparison.Ordinal);

            // When an edit breaks the build, the tab is sent the errors as JSON
            site.With("input/facts/all.yaml", "- id: met\n  statement: [broken\n");
            var (name, data) = await events.NextAsync();
            Assert.Equal("failed", name);
            Assert.StartsWith("\"input/facts/all.yaml:", data, StringComparison.Ordinal);
        }
        finally
        {
            preview.Kill(entireProcessTree: true);
            await preview.WaitForExitAsync();
        }
    }

    /// <summary>The address the preview prints once it is serving.</summary>
    private static async Task<Uri> ServingAddressAsync(Process preview)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await preview.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("Serving ", StringComparison.Ordinal))
            {
                return new Uri(line.Split(' ')[1]);
            }
        }

        Assert.Fail("The preview stopped before serving: " + await preview.StandardError.ReadToEndAsync(timeout.Token));
        return null!;
    }

    private static List<string> FilesUnder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
