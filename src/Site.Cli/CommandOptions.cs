namespace Site.Cli;

/// <summary>The options every command takes.</summary>
/// <param name="Root">The project folder.</param>
/// <param name="Output">The output folder, or null for <c>output/</c> in the project folder.</param>
/// <param name="BasePath">The path the site is served under.</param>
/// <param name="WarningsAsErrors">Whether warnings fail the build.</param>
/// <param name="Theme">The theme folder, or null for <c>theme/</c> in the project folder.</param>
internal sealed record CommandOptions(string Root, string? Output, string BasePath, bool WarningsAsErrors, string? Theme = null)
{
    /// <summary>Parses options; on a mistake, says what is wrong in <paramref name="problem"/>.</summary>
    public static bool TryParse(string[] args, out CommandOptions options, out string problem)
    {
        options = new CommandOptions(Directory.GetCurrentDirectory(), null, "/", false);
        problem = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name == "--warnings-as-errors")
            {
                options = options with { WarningsAsErrors = true };
                continue;
            }

            if (name is not ("--root" or "--output" or "--base-path" or "--theme"))
            {
                problem = $"unknown option '{name}'";
                return false;
            }

            if (i + 1 >= args.Length)
            {
                problem = $"option '{name}' needs a value";
                return false;
            }

            var value = args[++i];
            options = name switch
            {
                "--root" => options with { Root = Path.GetFullPath(value) },
                "--output" => options with { Output = Path.GetFullPath(value) },
                "--theme" => options with { Theme = Path.GetFullPath(value) },
                _ => options with { BasePath = value },
            };
        }

        if (!Directory.Exists(Path.Combine(options.Root, "input")))
        {
            problem = $"there is no input/ folder in {options.Root}; run this from the project folder or pass --root";
            return false;
        }

        if (!Directory.Exists(Path.Combine(options.ThemeFolder, "assets")))
        {
            problem = $"there is no theme in {options.ThemeFolder} (it needs an assets/ folder); pass --theme";
            return false;
        }

        return true;
    }

    /// <summary>The theme folder to use.</summary>
    public string ThemeFolder => Theme ?? Path.Combine(Root, "theme");
}
