using Site.Engine.Output;

namespace Site.Cli.Preview;

/// <summary>The <c>preview</c> command: build, serve on localhost, rebuild and reload on every change until Ctrl+C or SIGTERM.</summary>
internal static class PreviewCommand
{
    /// <summary>Runs the preview until the user stops it; returns 0, or 2 when its port is taken or its output folder refused.</summary>
    public static async Task<int> RunAsync(CommandOptions options, TextWriter output, TextWriter errors)
    {
        var stopped = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopped.TrySetResult();
        };

        // The preview serves the output folder, so a folder the build would refuse is refused before anything is served.
        var outputFolder = options.Output ?? Path.Combine(options.Root, "output");
        try
        {
            OutputFolder.EnsureSafe(options.Root, options.ThemeFolder, outputFolder);
            OutputFolder.EnsureMadeByBuild(outputFolder, options.AllowExistingOutput);
        }
        catch (OutputException e)
        {
            await errors.WriteLineAsync($"error: {CommandLine.Printable(e.Message)}");
            return CommandLine.UsageError;
        }

        PreviewSession session;
        try
        {
            session = await PreviewSession.StartAsync(options, options.Port, output, errors);
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            await errors.WriteLineAsync($"error: port {options.Port} is already in use on this computer; is another preview running?\n"
                + $"fix: stop the other preview, or choose a free port with --port, such as --port {options.Port + 1}.");
            return CommandLine.UsageError;
        }

        await using var running = session;
        using var onStop = running.Server.Stopping.Register(() => stopped.TrySetResult());
        await output.WriteLineAsync($"Serving {new Uri(running.Server.Address, options.BasePath ?? "/")} (this computer only). Watching input/, seeds/ and the theme's assets. Press Ctrl+C to stop.");
        await stopped.Task;
        return 0;
    }
}
