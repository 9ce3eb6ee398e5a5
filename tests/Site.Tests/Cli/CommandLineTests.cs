using Site.Cli;
using Site.Tests.Support;

namespace Site.Tests.Cli;

/// <summary>The command line's exit codes and usage messages, pinned: 0 success, 1 content errors, 2 usage mistakes.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("error: unknown command 'biuld'", "biuld")]
    [InlineData("error: unknown option '--bsae-path'", "build", "--bsae-path", "/x/")]
    [InlineData("error: '/../x/' is not a valid base path", "build", "--base-path", "/../x/")]
    [InlineData("error: '//evil.example/' is not a valid base path", "build", "--base-path", "//evil.example/")]
    [InlineData("error: 'ftp://x.org/' is not an http or https address", "build", "--base-url", "ftp://x.org/")]
    [InlineData("error: 'https://x.org/\\u000ADisallow: /' is not an http or https address", "build", "--base-url", "https://x.org/\nDisallow: /")]
    [InlineData("error: --base-url 'https://x.org/fans?ref=x' cannot be the site's address: it has a query (`?ref=x`)", "build", "--base-url", "https://x.org/fans?ref=x")]
    [InlineData("error: --base-url 'https://x.org/fans#top' cannot be the site's address: it has a fragment (`#top`)", "build", "--base-url", "https://x.org/fans#top")]
    [InlineData("error: --base-url 'https://me:secret@x.org/' cannot be the site's address: it holds a user name or password", "build", "--base-url", "https://me:secret@x.org/")]
    [InlineData("error: --base-url 'https://[::1]/fans/?x' cannot be the site's address: it has a query (`?x`)", "build", "--base-url", "https://[::1]/fans/?x")]
    [InlineData("error: --base-url 'HTTPS://X.ORG/a/../fans/' cannot be the site's address: it is not written the way it is compared and published; write it as `https://x.org/fans/`", "build", "--base-url", "HTTPS://X.ORG/a/../fans/")]
    [InlineData("error: '99999' is not a port number from 0 to 65535", "preview", "--port", "99999")]
    [InlineData("error: option '--output' needs a value", "build", "--output")]
    [InlineData("error: unknown command '\\u001B]0;owned\\u0007'", "\u001b]0;owned\u0007")]
    [InlineData("error: option '--output' needs a folder, and '\\u001B[2J' is not a path", "build", "--output", "\u001b[2J")]
    public async Task A_usage_mistake_exits_with_2_and_says_what_is_wrong(string message, params string[] args)
    {
        using var site = TestSite.Create();
        var errors = new StringWriter();

        var exitCode = await CommandLine.RunAsync([.. args.Take(1), "--root", site.Root, "--theme", RepoPaths.Theme, .. args.Skip(1)], new StringWriter(), errors);

        Assert.Equal(2, exitCode);
        Assert.StartsWith(message, errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("Usage: site <command> [options]", errors.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_base_url_whose_path_cannot_be_the_base_path_is_refused_only_when_no_base_path_is_given()
    {
        // Given the minimal site, which gives no base path, and an address whose path the site cannot be served under
        using var site = TestSite.Create();
        string[] build = ["build", "--root", site.Root, "--theme", RepoPaths.Theme, "--base-url", "https://x.org/caf%C3%A9/"];

        // When it is built for that address, the build refuses with 2, says why and what to do, and writes nothing
        var errors = new StringWriter();
        Assert.Equal(CommandLine.UsageError, await CommandLine.RunAsync(build, new StringWriter(), errors));
        Assert.StartsWith("error: --base-url 'https://x.org/caf%C3%A9/' cannot be the site's address: its path, `/caf%C3%A9/`, is the one the site is served under", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("fix: give the path the site is served under with --base-path", errors.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));

        // and checking the content for that address refuses it the same way
        var checkErrors = new StringWriter();
        Assert.Equal(CommandLine.UsageError, await CommandLine.RunAsync(["check", .. build[1..]], new StringWriter(), checkErrors));
        Assert.Contains("its path, `/caf%C3%A9/`, is the one the site is served under", checkErrors.ToString(), StringComparison.Ordinal);

        // When the site's settings give the base path, the same address is only where the site is published, and it builds
        site.With("input/site.yaml", File.ReadAllText(Path.Combine(site.Root, "input", "site.yaml")) + "\nbase_path: /\n");
        Assert.Equal(0, await CommandLine.RunAsync(build, new StringWriter(), new StringWriter()));
        Assert.Equal("https://x.org/caf%C3%A9/works/", site.Page("works/index.html").QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("https://KevinBaconFan.github.io/bacon-sedgwick/", "/bacon-sedgwick/", "https://KevinBaconFan.github.io/bacon-sedgwick/works/")]
    [InlineData("https://fans.example.org", null, "https://fans.example.org/works/")]
    [InlineData("http://[::1]:8080/site/", null, "http://[::1]:8080/site/works/")]
    public async Task The_addresses_sites_are_published_at_are_accepted_as_written(string baseUrl, string? basePath, string canonical)
    {
        // Given the minimal site
        using var site = TestSite.Create();

        // When it is built for an address with capitals in its host (as GitHub's owner names keep them), with no slash
        // at its end, or with an IPv6 host and a port
        string[] options = basePath is null ? ["--base-url", baseUrl] : ["--base-url", baseUrl, "--base-path", basePath];
        var errors = new StringWriter();
        var exitCode = await CommandLine.RunAsync(["build", "--root", site.Root, "--theme", RepoPaths.Theme, .. options], new StringWriter(), errors);

        // Then it builds, and the pages give their addresses under it
        Assert.True(exitCode == 0, errors.ToString());
        Assert.Equal(canonical, site.Page("works/index.html").QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Build_exits_with_0_and_says_what_it_wrote()
    {
        using var site = TestSite.Create();
        var output = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["build", "--root", site.Root, "--theme", RepoPaths.Theme], output, new StringWriter());

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Built 14 pages into output/, 27 files written (", output.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public async Task Warnings_fail_the_build_only_when_asked()
    {
        using var site = TestSite.Create().With("input/fact.yaml", "- id: stray\n");
        var errors = new StringWriter();

        var lenient = await CommandLine.RunAsync(["check", "--root", site.Root, "--theme", RepoPaths.Theme], new StringWriter(), new StringWriter());
        var strict = await CommandLine.RunAsync(["check", "--root", site.Root, "--theme", RepoPaths.Theme, "--warnings-as-errors"], new StringWriter(), errors);

        Assert.Equal(0, lenient);
        Assert.Equal(1, strict);
        Assert.Contains("warning SG0904", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_exits_with_0()
    {
        var output = new StringWriter();

        Assert.Equal(0, await CommandLine.RunAsync(["--help"], output, new StringWriter()));
        Assert.Contains("preview", output.ToString(), StringComparison.Ordinal);
    }
}
