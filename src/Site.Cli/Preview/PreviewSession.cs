using System.Diagnostics;
using System.Runtime.CompilerServices;
using Site.Engine.Validation;

namespace Site.Cli.Preview;

/// <summary>A running preview: the site built once, served, and rebuilt whenever its input changes.</summary>
internal sealed class PreviewSession : IAsyncDisposable
{
    private readonly CommandOptions _options;
    private readonly TextWriter _output;
    private readonly TextWriter _errors;
    private readonly SiteWatcher _watcher;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _building = new(1, 1);
    private Task _loop = Task.CompletedTask;
    private Task _warmUp = Task.CompletedTask;

    private readonly Func<CommandOptions, TextWriter, TextWriter, Task<int>> _build;

    private PreviewSession(CommandOptions options, TextWriter output, TextWriter errors, PreviewServer server, LiveReload live, Func<CommandOptions, TextWriter, TextWriter, Task<int>> build)
    {
        _build = build;
        _options = options;
        _output = output;
        _errors = errors;
        Server = server;
        Live = live;
        _watcher = new SiteWatcher([Path.Combine(options.Root, "input"), Path.Combine(options.Root, "seeds"), Path.Combine(options.ThemeFolder, "assets")]);
    }

    /// <summary>The server.</summary>
    public PreviewServer Server { get; }

    /// <summary>The live-reload state that open tabs follow.</summary>
    public LiveReload Live { get; }

    /// <summary>Builds the site, starts serving it on <paramref name="port"/> and starts watching for changes.</summary>
    /// <param name="options">The command line's options.</param>
    /// <param name="port">The port, or 0 for any free one.</param>
    /// <param name="output">Where progress goes.</param>
    /// <param name="errors">Where problems go.</param>
    /// <param name="build">How to build once; the <c>build</c> command unless a test needs a build that fails in a way no content can.</param>
    public static async Task<PreviewSession> StartAsync(CommandOptions options, int port, TextWriter output, TextWriter errors, Func<CommandOptions, TextWriter, TextWriter, Task<int>>? build = null)
    {
        var live = new LiveReload();
        var outputFolder = options.Output ?? Path.Combine(options.Root, "output");
        var basePath = options.BasePath ?? "/";
        var server = await PreviewServer.StartAsync(outputFolder, BasePaths.Normalize(basePath), port, live);
        var session = new PreviewSession(options with { BasePath = basePath }, output, errors, server, live,
            build ?? ((o, output, errors) => BuildCommand.RunAsync(o, checkOnly: false, output, errors)));
        await session.RebuildAsync(isFirst: true);
        session._warmUp = session.WarmUpAsync(session._stop.Token);
        session._loop = session.WatchAsync(session._stop.Token);
        return session;
    }

    /// <summary>
    /// Builds once and tells open tabs; a failed build keeps the last good site and shows the errors. Never throws:
    /// every failure, a non-zero exit code or an exception escaping the build, is reported in the terminal and in
    /// every tab, so that the preview keeps watching and the next save rebuilds. The terminal is told only what
    /// happened: the first build says that it built, and a tab is said to be reloaded only when one was open.
    /// </summary>
    private async Task RebuildAsync(bool isFirst)
    {
        var watch = Stopwatch.StartNew();
        var problems = new StringWriter();
        int exitCode;
        string? internalError = null;
        try
        {
            exitCode = await BuildAsync(_output, problems, CancellationToken.None);
        }
        catch (Exception e)
        {
            exitCode = CommandLine.InternalError;
            internalError = e.ToString();
            await problems.WriteLineAsync($"internal error: this is a bug in the site generator, not in your content ({e.GetType().Name}: {e.Message}). The terminal shows the details to report.");
        }

        var text = problems.ToString();
        if (exitCode == 0)
        {
            await _errors.WriteAsync(text);
            var tabs = Live.Succeeded();
            var openTabs = tabs == 1 ? "1 open tab" : $"{tabs} open tabs";
            if (!isFirst)
            {
                await _output.WriteLineAsync($"Rebuilt in {watch.ElapsedMilliseconds} ms{(tabs > 0 ? $"; reloaded {openTabs}" : string.Empty)}.");
            }
            else if (tabs > 0)
            {
                await _output.WriteLineAsync($"Reloaded {openTabs}.");
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            text = $"The build failed with exit code {exitCode} and said nothing more.\n";
        }

        await _errors.WriteAsync(text);
        if (internalError is not null)
        {
            await _errors.WriteLineAsync($"Please report it with this text:\n{internalError}");
        }

        Live.Failed(text);
        await _output.WriteLineAsync(Live.Version == 0
            ? "The build failed; there is no site to show yet, so the browser shows the errors. Fix them and save."
            : "The build failed; still serving the last good site. Fix the errors above and save.");
    }

    /// <summary>
    /// The runtime fully optimises a method after about 30 calls, and some of the build's code runs once per build;
    /// so many silent builds right after start make even the first edit rebuild at full speed. The native tool's code
    /// is compiled ahead of time, as fast at the first build as at the thirtieth: it builds no more than it must, and
    /// the first edit never waits for a warm-up build to finish.
    /// </summary>
    private static int WarmUpBuilds => RuntimeFeature.IsDynamicCodeCompiled ? 30 : 0;

    /// <summary>
    /// Builds <see cref="WarmUpBuilds"/> more times, silently, in the background right after start, one at a time with
    /// real rebuilds. The site has not changed, so nothing is written and no tab is told anything.
    /// </summary>
    private async Task WarmUpAsync(CancellationToken cancellation)
    {
        for (var i = 0; i < WarmUpBuilds && !cancellation.IsCancellationRequested; i++)
        {
            try
            {
                await BuildAsync(TextWriter.Null, TextWriter.Null, cancellation);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Warming up is only for speed; a build that breaks is reported by the real rebuilds.
                return;
            }
        }
    }

    /// <summary>Builds once; builds never overlap, because they write to the same output folder.</summary>
    private async Task<int> BuildAsync(TextWriter output, TextWriter errors, CancellationToken cancellation)
    {
        await _building.WaitAsync(cancellation);
        try
        {
            return await _build(_options, output, errors);
        }
        finally
        {
            _building.Release();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var task in new[] { _loop, _warmUp })
        {
            try
            {
                await task;
            }
            catch (OperationCanceledException)
            {
                // Stopping.
            }
        }

        _watcher.Dispose();
        await Server.DisposeAsync();
        _stop.Dispose();
        _building.Dispose();
    }

    private async Task WatchAsync(CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            await _watcher.WaitForChangeAsync(cancellation);
            await RebuildAsync(isFirst: false);
        }
    }
}
