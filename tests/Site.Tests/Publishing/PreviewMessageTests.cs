using Site.Cli;
using Site.Cli.Preview;
using Site.Tests.Support;

namespace Site.Tests.Publishing;

/// <summary>The preview tells the terminal what happened, and only that.</summary>
public sealed class PreviewMessageTests : IAsyncLifetime
{
    private readonly TestSite _site = TestSite.Create();
    private readonly StringWriter _written = new();
    private TextWriter _output = default!;
    private PreviewSession _session = default!;

    public async Task InitializeAsync()
    {
        _output = TextWriter.Synchronized(_written);
        var options = new CommandOptions(_site.Root, null, null, false, RepoPaths.Theme);
        _session = await PreviewSession.StartAsync(options, port: 0, _output, TextWriter.Null);
    }

    public async Task DisposeAsync()
    {
        await _session.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task Start_up_says_it_built_and_a_rebuild_says_it_reloaded_only_the_tabs_that_were_open()
    {
        // Given the preview just started, with no tab open: it says it built the site, and nothing was rebuilt or reloaded
        var started = Lines();
        Assert.StartsWith("Built ", Assert.Single(started), StringComparison.Ordinal);

        // When a fact is edited with no tab open, it says it rebuilt, and reloaded nothing
        _site.With("input/facts/all.yaml", PreviewFacts.Good);
        Assert.Matches("^Rebuilt in [0-9]+ ms\\.$", await NextRebuildAsync(1));

        // When it is edited again with a tab open, it says it reloaded that tab
        using var http = new HttpClient { BaseAddress = _session.Server.Address };
        using var events = await PreviewEvents.OpenAsync(http);
        _site.With("input/facts/all.yaml", PreviewFacts.Good.Replace("the set of a film", "a film set", StringComparison.Ordinal));
        Assert.Equal("reload", (await events.NextAsync()).Name);
        Assert.Matches("^Rebuilt in [0-9]+ ms; reloaded 1 open tab\\.$", await NextRebuildAsync(2));
    }

    /// <summary>The terminal's lines so far.</summary>
    private string[] Lines()
    {
        lock (_output)
        {
            return _written.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
    }

    /// <summary>The <paramref name="count"/>th line that says the site was rebuilt, once it is written; fails after 30 seconds.</summary>
    private async Task<string> NextRebuildAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (Lines().Where(l => l.StartsWith("Rebuilt", StringComparison.Ordinal)).ElementAtOrDefault(count - 1) is { } line)
            {
                return line;
            }

            await Task.Delay(20, timeout.Token);
        }
    }
}
