using Site.Engine.Diagnostics;

namespace Site.Cli;

/// <summary>Parses the command line and dispatches to a command; turns engine bugs into a clear message.</summary>
internal static class CommandLine
{
    /// <summary>Exit code for a usage mistake.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code for an internal bug.</summary>
    public const int InternalError = 70;

    private const string Usage = """
        Usage: site <command> [options]
               site quote WORDS... [--root DIR]

        Commands:
          build    Check the content and build the site into output/.
          check    Check the content and report problems; writes nothing.
          preview  Build, serve the site on http://127.0.0.1:5080/, and rebuild and reload on every change.
          quote    Find the passages of the source articles with these words, or words close to them, each with
                   a citation ready to paste into a fact.

        Options:
          --root DIR         The project folder holding input/, seeds/ and theme/ (default: the current folder).
          --output DIR       Where to write the site (default: output/ in the project folder).
          --base-url URL     The address the site is published at (default: base_url in input/site.yaml).
          --base-path PATH   The path the site is served under, such as /bacon-sedgwick/
                             (default: base_path in input/site.yaml, or else the path of the base URL).
          --theme DIR        The theme folder (default: theme/ in the project folder).
          --port N           The port preview listens on (default: 5080); it listens on this computer only.
          --format FORMAT    How build and check print problems: human, or github for GitHub Actions annotations
                             (default: github when GITHUB_ACTIONS=true, else human).
          --warnings-as-errors  Fail the build on warnings too.
          --allow-existing-output  Build into a non-empty --output folder that no build made; its files
                             are kept, and files with the same names as the site's are replaced.
        """;

    /// <summary>
    /// Runs the command in <paramref name="args"/>; returns the process exit code. <paramref name="environment"/> reads
    /// the environment variables that change how problems are printed (none when null).
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, Func<string, string?>? environment = null)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await output.WriteLineAsync(Usage);
            return args.Length == 0 ? UsageError : 0;
        }

        // The words `quote` looks for come before any option.
        var words = args[0] == "quote" ? args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray() : [];
        if (!CommandOptions.TryParse(args.Skip(1 + words.Length).ToArray(), out var options, out var problem))
        {
            await errors.WriteLineAsync($"error: {Printable(problem)}\n\n{Usage}");
            return UsageError;
        }

        try
        {
            return args[0] switch
            {
                "build" => await BuildCommand.RunAsync(options.ForEnvironment(environment ?? NoEnvironment), checkOnly: false, output, errors),
                "check" => await BuildCommand.RunAsync(options.ForEnvironment(environment ?? NoEnvironment), checkOnly: true, output, errors),
                "preview" => await Preview.PreviewCommand.RunAsync(options, output, errors),
                "quote" when words.Length == 0 => await UsageMistake("quote needs the words to look for, such as: site quote goats farm", errors),
                "quote" => await QuoteCommand.RunAsync(words, options, output),
                _ => await UnknownCommand(args[0], errors),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await errors.WriteLineAsync($"internal error: this is a bug in the site generator, not in your content. Please report it with this text:\n{e}");
            return InternalError;
        }
    }

    /// <summary>
    /// A message as it may go to the terminal: what came from the command line or the file system (a name, a path) may
    /// hold control characters that a terminal would obey, so each line shows them escaped.
    /// </summary>
    public static string Printable(string message) => string.Join('\n', message.Split('\n').Select(VisibleText.Of));

    private static string? NoEnvironment(string name) => null;

    private static Task<int> UnknownCommand(string command, TextWriter errors) =>
        UsageMistake($"unknown command '{Printable(command)}'", errors);

    private static async Task<int> UsageMistake(string problem, TextWriter errors)
    {
        await errors.WriteLineAsync($"error: {problem}\n\n{Usage}");
        return UsageError;
    }
}
