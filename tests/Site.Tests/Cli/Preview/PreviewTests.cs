using System.Net;
using Site.Cli;
using Site.Cli.Preview;
using Site.Tests.Support;

namespace Site.Tests.Cli.Preview;

/// <summary>The preview server serves only the output folder, and tells open tabs about every rebuild.</summary>
public sealed class PreviewTests : IAsyncLifetime
{
    private readonly TestSite _site = TestSite.Create();
    private PreviewSession _session = default!;
    private HttpClient _http = default!;

    public async Task InitializeAsync()
    {
        var options = new CommandOptions(_site.Root, null, null, false, RepoPaths.Theme);
        _session = await PreviewSession.StartAsync(options, port: 0, TextWriter.Null, TextWriter.Null);
        _http = new HttpClient { BaseAddress = _session.Server.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _session.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task A_port_already_in_use_is_a_clear_error_not_a_crash()
    {
        // Given the preview of this test's site already listening on its port
        var port = _session.Server.Address.Port;
        using var output = new StringWriter();
        using var errors = new StringWriter();

        // When a second preview asks for the same port
        var exitCode = await CommandLine.RunAsync(["preview", "--root", _site.Root, "--theme", RepoPaths.Theme, "--port", $"{port}"], output, errors);

        // Then it stops with a usage error that says what to do, and no stack trace
        Assert.Equal(CommandLine.UsageError, exitCode);
        Assert.StartsWith($"error: port {port} is already in use", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains($"--port {port + 1}", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("bug", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Listens_on_the_loopback_interface_only()
    {
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(_session.Server.Address.Host)));
    }

    [Fact]
    public async Task Serves_pages_with_the_live_reload_script_and_assets_as_they_are()
    {
        var page = await _http.GetAsync("/people/ann/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/__preview/live.js\" data-base=\"/\" data-version=\"1\"></script></body>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("live.js", await File.ReadAllTextAsync(Path.Combine(_site.Output, "people", "ann", "index.html")), StringComparison.Ordinal);

        var css = await _http.GetStringAsync("/assets/site.css");
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(_site.Output, "assets", "site.css")), css);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/__preview/live.js")).StatusCode);
    }

    [Fact]
    public async Task Serves_each_page_as_built_with_its_content_security_policy_kept_exactly_and_only_the_script_added()
    {
        // Given a built page, whose policy allows scripts and connections from its own origin only
        var built = await File.ReadAllTextAsync(Path.Combine(_site.Output, "people", "ann", "index.html"));
        var policy = System.Text.RegularExpressions.Regex.Match(built, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>").Value;
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);

        // When the preview serves it
        var served = await _http.GetStringAsync("/people/ann/");

        // Then the page is the built one with the script, served from the same origin, added before </body>
        Assert.Contains(policy, served, StringComparison.Ordinal);
        Assert.Equal(built.Replace("</body>", "<script src=\"/__preview/live.js\" data-base=\"/\" data-version=\"1\"></script></body>", StringComparison.Ordinal), served);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:80")]
    [InlineData("localhost.evil.example")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("localhost.")]
    [InlineData("0.0.0.0")]
    [InlineData("[::2]")]
    [InlineData("192.168.1.2")]
    public async Task Refuses_a_host_name_other_than_loopback_before_serving_anything(string host)
    {
        // A page on another site whose name was pointed at 127.0.0.1 (DNS rebinding) sends its own name as the host
        foreach (var path in new[] { "/", "/people/ann/", "/__preview/live.js", "/__preview/events", "/no-such-page/" })
        {
            var response = await SendRawAsync(path, host);

            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.DoesNotContain("<html", response.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("EventSource", response.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("text/event-stream", response.Body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("http://evil.example/people/ann/", "localhost")]
    [InlineData("http://evil.example/people/ann/", "evil.example")]
    public async Task Refuses_another_host_named_in_the_request_target(string target, string host)
    {
        var response = await SendRawAsync(target, host);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.DoesNotContain("<html", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_request_without_a_host()
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(_session.Server.Address.Host, _session.Server.Address.Port);
        await using var network = tcp.GetStream();
        await network.WriteAsync("GET /people/ann/ HTTP/1.0\r\n\r\n"u8.ToArray());
        var response = await new StreamReader(network).ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 400 ", response, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LocalHost:5080")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("127.1.2.3:8000")]
    [InlineData("[::1]")]
    [InlineData("[::1]:5080")]
    public async Task Serves_the_loopback_host_names_with_any_port(string host)
    {
        var response = await SendRawAsync("/people/ann/", host);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("<html", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/../input/site.yaml")]
    [InlineData("/%2e%2e/input/site.yaml")]
    [InlineData("/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/people/..%2f..%2finput%2fsite.yaml")]
    [InlineData("/people/%2F..%2F..%2Finput%2Fsite.yaml")]
    [InlineData("/people/..%5c..%5cinput%5csite.yaml")]
    [InlineData("//etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/no-such-page/")]
    public async Task Answers_404_for_anything_outside_the_output_folder(string path)
    {
        var response = await SendRawAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.DoesNotContain("base_url", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_nul_byte_in_the_path()
    {
        var response = await SendRawAsync("/index.html%00.txt");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task Tells_open_tabs_to_reload_after_an_edit_and_shows_errors_after_a_broken_one()
    {
        // Given a tab listening for rebuilds
        using var stream = await _http.GetStreamAsync("/__preview/events");
        using var events = new StreamReader(stream);
        Assert.Equal(": connected", await events.ReadLineAsync());

        // When a fact is edited, the tab is told to reload, and the page shows the edit
        _site.With("input/facts/all.yaml", """
            - id: met
              statement: They met on the set of a film.
              about: [ann, bob, the-film]
              date: 1987
              citations: [{ source: one, quote: The couple met on a film set in 1987. }]
            """);
        Assert.Equal("event: reload", await NextEventAsync(events));
        Assert.Contains("They met on the set of a film.", await _http.GetStringAsync("/people/ann/"), StringComparison.Ordinal);

        // When an edit breaks the build, the tab is shown the errors and the last good page is still served
        _site.With("input/facts/all.yaml", "- id: met\n  statement: [broken\n");
        Assert.Equal("event: failed", await NextEventAsync(events));
        Assert.Matches("^data: \"input/facts/all.yaml:[0-9]+:[0-9]+: error SG0001", await events.ReadLineAsync());
        Assert.Contains("They met on the set of a film.", await _http.GetStringAsync("/people/ann/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeps_watching_a_folder_that_is_moved_away_and_back()
    {
        // Given a tab listening for rebuilds
        using var events = await PreviewEvents.OpenAsync(_http);
        var input = Path.Combine(_site.Root, "input");

        // When the input folder is moved away, as by a restore from a backup, the build fails and the tab is told
        Directory.Move(input, input + "-backup");
        Assert.Equal("failed", (await events.NextAsync()).Name);

        // When it is put back, the site builds again, and later edits in it are still seen
        Directory.Move(input + "-backup", input);
        Assert.Equal("reload", (await events.NextAsync()).Name);
        _site.With("input/facts/all.yaml", "- id: met\n  statement: [broken\n");
        Assert.Equal("failed", (await events.NextAsync()).Name);
    }

    private static async Task<string> NextEventAsync(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                return line;
            }
        }

        return "(stream ended)";
    }

    /// <summary>Sends the path byte for byte, as an attacker would, without the client normalising dots or escapes.</summary>
    private async Task<(HttpStatusCode Status, string Body)> SendRawAsync(string path, string host = "localhost")
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(_session.Server.Address.Host, _session.Server.Address.Port);
        await using var network = tcp.GetStream();
        var request = System.Text.Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        await network.WriteAsync(request);
        var response = await new StreamReader(network).ReadToEndAsync();
        var status = (HttpStatusCode)int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}
