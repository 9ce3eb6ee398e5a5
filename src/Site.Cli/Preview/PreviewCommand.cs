namespace Site.Cli.Preview;

/// <summary>The <c>preview</c> command: build, serve on localhost, rebuild and reload on every change until Ctrl+C.</summary>
internal static class PreviewCommand
{
    /// <summary>Runs the preview until the user stops it; returns 0.</summary>
    public static async Task<int> RunAsync(CommandOptions options, TextWriter output, TextWriter errors)
    {
        var stopped = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopped.TrySetResult();
        };

        await using var session = await PreviewSession.StartAsync(options, options.Port, output, errors);
        await output.WriteLineAsync($"Serving {new Uri(session.Server.Address, options.BasePath ?? "/")} (this computer only). Watching input/, seeds/ and the theme's assets. Press Ctrl+C to stop.");
        await stopped.Task;
        return 0;
    }
}
