using Site.Cli.Reports;
using Site.Engine.Diagnostics;
using Site.Engine.Validation;

namespace Site.Cli;

/// <summary>The options every command takes.</summary>
/// <param name="Root">The project folder.</param>
/// <param name="Output">The output folder, or null for <c>output/</c> in the project folder.</param>
/// <param name="BasePath">The path the site is served under.</param>
/// <param name="WarningsAsErrors">Whether warnings fail the build.</param>
/// <param name="Theme">The theme folder, or null for <c>theme/</c> in the project folder.</param>
/// <param name="BaseUrl">The absolute address the site is published at, or null for the one in the site settings.</param>
/// <param name="Port">The port the preview listens on.</param>
/// <param name="AllowExistingOutput">Whether to build into a non-empty output folder that no build made.</param>
/// <param name="Format">How problems are printed, or null to choose by where the tool runs (see <see cref="ForEnvironment"/>).</param>
internal sealed record CommandOptions(string Root, string? Output, string? BasePath, bool WarningsAsErrors, string? Theme = null, string? BaseUrl = null, int Port = 5080, bool AllowExistingOutput = false,
    ReportFormat? Format = null)
{
    /// <summary>The file GitHub Actions shows on the run's page, where the GitHub format appends its summary; or null.</summary>
    public string? StepSummary { get; init; }

    /// <summary>
    /// The options with the format chosen: the one asked for, else GitHub's when running under GitHub Actions
    /// (<c>GITHUB_ACTIONS=true</c>), else the human one; the GitHub format also takes the summary file from
    /// <c>GITHUB_STEP_SUMMARY</c>.
    /// </summary>
    public CommandOptions ForEnvironment(Func<string, string?> environment)
    {
        var format = Format ?? (environment("GITHUB_ACTIONS") == "true" ? ReportFormat.GitHub : ReportFormat.Human);
        var summary = environment("GITHUB_STEP_SUMMARY");
        return this with { Format = format, StepSummary = format == ReportFormat.GitHub && !string.IsNullOrEmpty(summary) ? summary : null };
    }

    /// <summary>Parses options; on a mistake, says what is wrong in <paramref name="problem"/>.</summary>
    public static bool TryParse(string[] args, out CommandOptions options, out string problem)
    {
        options = new CommandOptions(Directory.GetCurrentDirectory(), null, null, false);
        problem = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name == "--warnings-as-errors")
            {
                options = options with { WarningsAsErrors = true };
                continue;
            }

            if (name == "--allow-existing-output")
            {
                options = options with { AllowExistingOutput = true };
                continue;
            }

            if (name is not ("--root" or "--output" or "--base-path" or "--base-url" or "--theme" or "--port" or "--format"))
            {
                problem = $"unknown option '{VisibleText.Of(name)}'";
                return false;
            }

            if (i + 1 >= args.Length)
            {
                problem = $"option '{VisibleText.Of(name)}' needs a value";
                return false;
            }

            var value = args[++i];
            if (name is "--root" or "--output" or "--theme" && FullPath(value) is null)
            {
                problem = $"option '{VisibleText.Of(name)}' needs a folder, and '{VisibleText.Of(value)}' is not a path";
                return false;
            }

            options = name switch
            {
                "--root" => options with { Root = FullPath(value)! },
                "--output" => options with { Output = FullPath(value) },
                "--theme" => options with { Theme = FullPath(value) },
                "--base-url" => options with { BaseUrl = value },
                "--port" when int.TryParse(value, out var port) && port is >= 0 and <= 65535 => options with { Port = port },
                "--port" => options with { Port = -1 },
                "--format" => options with { Format = value switch { "human" => ReportFormat.Human, "github" => ReportFormat.GitHub, _ => null } },
                _ => options with { BasePath = BasePaths.Normalize(value) },
            };

            if (name == "--base-path" && !BasePaths.IsValid(options.BasePath!))
            {
                problem = $"'{VisibleText.Of(value)}' is not a valid base path: use letters, digits, '.', '_', '~' and '-' between slashes, such as /bacon-sedgwick/";
                return false;
            }

            if (name == "--format" && options.Format is null)
            {
                problem = $"'{VisibleText.Of(value)}' is not a format: use human or github";
                return false;
            }

            if (options.Port < 0)
            {
                problem = $"'{VisibleText.Of(value)}' is not a port number from 0 to 65535";
                return false;
            }

            if (name == "--base-url" && !WebAddress.IsHttp(value))
            {
                problem = $"'{VisibleText.Of(value)}' is not an http or https address";
                return false;
            }
        }

        // Whether the address's path is the base path depends on input/site.yaml too; the build checks that.
        if (options.BaseUrl is { } baseUrl && WebAddress.SiteAddressProblem(baseUrl, pathIsBasePath: false) is var (reason, _))
        {
            problem = $"--base-url '{baseUrl}' cannot be the site's address: {reason}";
            return false;
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

    /// <summary>The absolute path for a folder named on the command line, or null when the text cannot be a path.</summary>
    private static string? FullPath(string value) =>
        value.Length == 0 || value.Any(char.IsControl) ? null : Path.GetFullPath(value);

    /// <summary>The theme folder to use.</summary>
    public string ThemeFolder => Theme ?? Path.Combine(Root, "theme");
}
