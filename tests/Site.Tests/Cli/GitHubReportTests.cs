using Site.Cli;
using Site.Cli.Reports;
using Site.Tests.Support;

namespace Site.Tests.Cli;

/// <summary>
/// Under GitHub Actions, <c>check</c> and <c>build</c> print each problem as a workflow command that GitHub shows on the
/// line of a pull request, then the human report in a collapsed group, and add a summary to the run's page.
/// </summary>
public sealed class GitHubReportTests : IDisposable
{
    private readonly string _summary = Path.Combine(Path.GetTempPath(), "site-summary-" + Guid.NewGuid().ToString("N") + ".md");

    /// <summary>A site with a warning, a field whose name holds <c>%</c>, a comma and a line break, and a misquote.</summary>
    private static TestSite BrokenSite() => TestSite.Create()
        .With("input/fact.yaml", "- id: stray\n")
        .With("input/facts/all.yaml", """
            - id: met
              statement: They met on a film set.
              about: [ann, bob, the-film]
              "100%,\nsure": yes
              citations:
                - source: one
                  quote: The couple met at a party in 1987.
            """);

    [Fact]
    public async Task Check_prints_each_problem_as_an_annotation_on_its_line_escaped_as_GitHub_reads_it()
    {
        // Given a site with three problems
        using var site = BrokenSite();

        // When it is checked under GitHub Actions
        var (exitCode, output, _) = await Run(site, ["check"], ("GITHUB_ACTIONS", "true"));

        // Then the problems come first, as annotations: a value's % and comma never end a property, its line break is
        // shown as in the human report, and the lines of the message are joined by escaped line breaks
        Assert.Equal(1, exitCode);
        string[] expected =
        [
            "::warning file=input/fact.yaml,line=1,col=1,endColumn=2,title=SG0904 this file is not read by the build; did you mean 'input/facts.yaml'?::this file is not read by the build; did you mean 'input/facts.yaml'?%0Afix: rename it to input/facts.yaml.",
            "::error file=input/facts/all.yaml,line=4,col=3,endColumn=16,title=SG0101 unknown field '100%25%2C\\u000Asure' in this fact::unknown field '100%25,\\u000Asure' in this fact%0Aexpected: one of: `id`, `statement`, `about`, `date`, `citations`, `claim`%0Afix: remove the field or correct its name.",
            "::error file=input/facts/all.yaml,line=7,col=14,endColumn=48,title=SG0104 quote not found in its source::quote not found in its source%0Aexpected: this exact text in seeds/one.txt (source `one`)%0Anote: the closest passage in that article, at seeds/one.txt:1:17, is: The couple met on a film set in 1987.%0Afix: write the words as the article has them: `quote: The couple met on a film set in 1987.`",
        ];
        Assert.Equal(expected, output.Split('\n').Take(3));
    }

    [Fact]
    public async Task The_human_report_follows_in_a_collapsed_group_and_the_outcome_after_it()
    {
        // Given a broken site, and its report as a person sees it
        using var site = BrokenSite();
        var (humanExit, _, human) = await Run(site, ["check"]);

        // When it is checked with --format github
        var (exitCode, output, errors) = await Run(site, ["check", "--format", "github"]);

        // Then everything goes to standard output, in order: annotations, the group holding the human report, the outcome
        var lines = output.TrimEnd('\n').Split('\n');
        var group = Array.IndexOf(lines, "::group::site check: the full report");
        Assert.Equal(3, group);
        Assert.Equal("::endgroup::", lines[^2]);
        Assert.Equal("2 errors, 1 warning.", lines[^1]);
        Assert.Equal(human, string.Join('\n', lines[(group + 1)..^2]) + "\n" + lines[^1] + "\n");
        Assert.Equal(humanExit, exitCode);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_Markdown_summary_goes_to_the_step_summary_file()
    {
        // Given a broken site, and a step summary file that already holds an earlier step's summary
        using var site = BrokenSite();
        await File.WriteAllTextAsync(_summary, "earlier\n");

        // When it is checked under GitHub Actions
        await Run(site, ["check"], ("GITHUB_ACTIONS", "true"), ("GITHUB_STEP_SUMMARY", _summary));

        // Then the summary is appended, with text from the content escaped so that it shows as written
        Assert.Equal("""
            earlier
            ### site check: failed, 2 errors, 1 warning

            | Where | Problem |
            | --- | --- |
            | input/fact.yaml:1:1 | warning SG0904: this file is not read by the build; did you mean 'input/facts.yaml'? |
            | input/facts/all.yaml:4:3 | error SG0101: unknown field '100%,\\u000Asure' in this fact |
            | input/facts/all.yaml:7:14 | error SG0104: quote not found in its source |


            """.Replace("\r\n", "\n", StringComparison.Ordinal), await File.ReadAllTextAsync(_summary));
    }

    [Fact]
    public async Task A_build_that_passes_exits_with_0_and_says_so_in_the_summary()
    {
        // Given a valid site
        using var site = TestSite.Create();

        // When it is built under GitHub Actions
        var (exitCode, output, _) = await Run(site, ["build"], ("GITHUB_ACTIONS", "true"), ("GITHUB_STEP_SUMMARY", _summary));

        // Then nothing is annotated, and the summary says it passed
        Assert.Equal(0, exitCode);
        Assert.StartsWith("Built 14 pages into output/", output, StringComparison.Ordinal);
        Assert.DoesNotContain("::", output, StringComparison.Ordinal);
        Assert.Equal("### site build: passed, 0 warnings\n\n", await File.ReadAllTextAsync(_summary));
    }

    [Theory]
    [InlineData("check", "--format", "human")]
    [InlineData("check")]
    public async Task The_human_format_is_used_when_asked_even_under_GitHub_Actions_and_outside_them(params string[] args)
    {
        // Given a broken site
        using var site = BrokenSite();
        var environment = args.Length > 1 ? new[] { ("GITHUB_ACTIONS", "true") } : [];

        // When it is checked
        var (_, output, errors) = await Run(site, args, environment);

        // Then the problems are printed for a person, on standard error
        Assert.StartsWith("input/fact.yaml:1:1: warning SG0904", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("::", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_mistake()
    {
        using var site = TestSite.Create();

        var (exitCode, _, errors) = await Run(site, ["check", "--format", "xml"]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: 'xml' is not a format: use human or github", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100% sure", "100%25 sure", "100%25 sure")]
    [InlineData("a\r\nb", "a%0D%0Ab", "a%0D%0Ab")]
    [InlineData("a: b, c", "a: b, c", "a%3A b%2C c")]
    [InlineData("%0A", "%250A", "%250A")]
    public void Messages_and_properties_are_escaped_as_the_runner_reads_them(string text, string data, string property)
    {
        Assert.Equal(data, WorkflowCommands.EscapeData(text));
        Assert.Equal(property, WorkflowCommands.EscapeProperty(text));
    }

    /// <inheritdoc/>
    public void Dispose() => File.Delete(_summary);

    private static async Task<(int ExitCode, string Output, string Errors)> Run(TestSite site, string[] args, params (string Name, string Value)[] environment)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var variables = environment.ToDictionary(v => v.Name, v => v.Value);
        var exitCode = await CommandLine.RunAsync([.. args, "--root", site.Root, "--theme", RepoPaths.Theme], output, errors, variables.GetValueOrDefault);
        return (exitCode, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), errors.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
