using System.Net;
using Site.Cli;
using Site.Cli.Preview;
using Site.Tests.Support;

namespace Site.Tests.Cli.Preview;

/// <summary>
/// Whatever breaks a rebuild, the preview says so in the terminal and in the browser, keeps watching, and builds and
/// reloads the next fix; and a browser always gets a page that shows the errors, even before the first good build.
/// </summary>
public sealed class PreviewFailureTests : IAsyncLifetime
{
    private readonly TestSite _site = TestSite.Create();
    private readonly StringWriter _terminal = new();
    private readonly TextWriter _errors;
    private PreviewSession? _session;
    private HttpClient? _http;

    public PreviewFailureTests() => _errors = TextWriter.Synchronized(_terminal);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        _errors.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task A_rebuild_that_fails_on_a_theme_file_is_reported_and_the_next_fix_is_built_and_reloaded()
    {
        // Given a running preview with its own copy of the theme's assets, and a tab listening for rebuilds
        _site.WithThemeAssets();
        var assets = Path.Combine(_site.Root, "theme", "assets");

        var http = await StartAsync(Path.Combine(_site.Root, "theme"));
        using var events = await PreviewEvents.OpenAsync(http);

        // When a fact is edited while the theme holds a stylesheet that is a link to nowhere, beside an editor's lock
        // file (hidden, so never read)
        var terminalBefore = _terminal.ToString().Length;
        File.CreateSymbolicLink(Path.Combine(assets, ".#site.css"), "fan@laptop.4242:1733000000");
        File.CreateSymbolicLink(Path.Combine(assets, "print.css"), "nowhere/print.css");
        _site.With("input/facts/all.yaml", PreviewFacts.Good);

        // Then the failure is shown in the tab and printed in the terminal, naming the file
        var (name, data) = await events.NextAsync();
        Assert.Equal("failed", name);
        Assert.Contains("error SG0014: theme/assets/print.css cannot be read: it is a link that leads nowhere", data, StringComparison.Ordinal);
        Assert.Contains("theme/assets/print.css", _terminal.ToString()[terminalBefore..], StringComparison.Ordinal);

        // When the link is removed, the preview, still watching, builds the edit and reloads the tab
        File.Delete(Path.Combine(assets, "print.css"));
        Assert.Equal("reload", (await events.NextAsync()).Name);
        Assert.Contains("They met on the set of a film.", await http.GetStringAsync("/people/ann/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/assets/.%23site.css")).StatusCode);
    }

    [Fact]
    public async Task A_rebuild_that_throws_is_reported_and_the_preview_runs_on_to_build_the_fix()
    {
        // Given a preview whose builds throw, as only a bug in the generator would, until told otherwise
        var broken = true;
        var http = await StartAsync(build: (options, output, errors) => broken
            ? throw new InvalidOperationException("a bug for the test")
            : BuildCommand.RunAsync(options, checkOnly: false, output, errors));

        // When the preview starts, it runs, and says what went wrong in the terminal, in full, and in a tab, in short
        Assert.Contains("InvalidOperationException: a bug for the test", _terminal.ToString(), StringComparison.Ordinal);
        using var events = await PreviewEvents.OpenAsync(http, "/__preview/events?version=0");
        var (name, data) = await events.NextAsync();
        Assert.Equal("failed", name);
        Assert.Contains("internal error", data, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", data, StringComparison.Ordinal);

        // When the bug is gone and a fact saved, the site is built and the tab reloaded
        broken = false;
        _site.With("input/facts/all.yaml", PreviewFacts.Good);
        Assert.Equal("reload", (await events.NextAsync()).Name);
        Assert.Contains("They met on the set of a film.", await http.GetStringAsync("/people/ann/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Started_on_broken_content_it_serves_the_errors_escaped_and_reloads_once_they_are_fixed()
    {
        // Given content that does not build, and no output yet
        _site.With("input/facts/all.yaml", PreviewFacts.Broken);

        // When a browser opens the preview
        var http = await StartAsync();
        var page = await http.GetAsync("/");

        // Then it gets a page with the errors, as text, and the live-reload script of a site not built yet
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Matches("<pre>input/facts/all.yaml:4:9: error SG0106", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/__preview/live.js\" data-base=\"/\" data-version=\"0\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        // And its script is shown the errors, then told to reload once the content is fixed
        using var events = await PreviewEvents.OpenAsync(http, "/__preview/events?version=0");
        Assert.Equal("failed", (await events.NextAsync()).Name);
        _site.With("input/facts/all.yaml", PreviewFacts.Good);
        Assert.Equal("reload", (await events.NextAsync()).Name);
        Assert.Contains("They met on the set of a film.", await http.GetStringAsync("/people/ann/"), StringComparison.Ordinal);

        // And a page that was served before that rebuild, but connects only after it, is told to reload at once
        using var late = await PreviewEvents.OpenAsync(http, "/__preview/events?version=0");
        Assert.Equal("reload", (await late.NextAsync()).Name);
    }

    [Fact]
    public async Task A_missing_page_of_an_old_output_without_a_404_page_shows_the_errors()
    {
        // Given an old output without a 404 page, and content that no longer builds
        Assert.True((await _site.BuildAsync()).Succeeded);
        File.Delete(Path.Combine(_site.Output, "404.html"));
        _site.With("input/facts/all.yaml", PreviewFacts.Broken);

        // When a browser asks for a page the old output does not have
        var http = await StartAsync();
        var page = await http.GetAsync("/no-such-page/");

        // Then it is told there is no such page, is shown the errors, and follows the rebuilds
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("error SG0106", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/__preview/live.js\"", html, StringComparison.Ordinal);

        // And the old pages are still served, to follow the rebuilds too
        Assert.Contains("<script src=\"/__preview/live.js\"", await http.GetStringAsync("/people/ann/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_cannot_be_read_mid_rebuild_asks_the_browser_to_try_again_instead_of_showing_nothing()
    {
        // Given an output folder whose page is caught mid-swap: listed, but gone when read
        var output = Path.Combine(_site.Root, "served");
        Directory.CreateDirectory(output);
        File.CreateSymbolicLink(Path.Combine(output, "index.html"), Path.Combine(output, "moved-away.html"));
        await using var server = await PreviewServer.StartAsync(output, "/", 0, new LiveReload());
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };

        // When a tab reloads it
        var page = await http.GetAsync("/");

        // Then it is told to try again in a second, by the server and by a page that does so itself
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("1", page.Headers.RetryAfter!.ToString());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"1\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/__preview/live.js\"", html, StringComparison.Ordinal);
    }

    private async Task<HttpClient> StartAsync(string? theme = null, Func<CommandOptions, TextWriter, TextWriter, Task<int>>? build = null)
    {
        var options = new CommandOptions(_site.Root, null, null, false, theme ?? RepoPaths.Theme);
        _session = await PreviewSession.StartAsync(options, port: 0, TextWriter.Null, _errors, build);
        _http = new HttpClient { BaseAddress = _session.Server.Address, Timeout = TimeSpan.FromSeconds(30) };
        return _http;
    }
}
