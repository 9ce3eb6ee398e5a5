using System.Text.Json;
using System.Text.RegularExpressions;
using Site.Cli;
using Site.Tests.Support;

namespace Site.Tests.Cli;

/// <summary>
/// VS Code's <c>check</c> task puts every problem the tool prints into the Problems panel, at its file, line and column:
/// its problem matcher's pattern, read from <c>.vscode/tasks.json</c>, is tried on what <c>check</c> really prints.
/// </summary>
public sealed class EditorTaskTests
{
    private static readonly JsonElement Tasks = ReadJson(".vscode", "tasks.json").GetProperty("tasks");

    [Fact]
    public async Task The_check_tasks_problem_matcher_finds_every_problem_check_prints_at_its_place()
    {
        // Given a site with an error and a warning, and the problems the build finds in it
        using var site = TestSite.Create()
            .With("input/fact.yaml", "- id: stray\n")
            .With("input/facts/all.yaml", "- id: met\n  statment: They met.\n");
        var found = (await site.BuildAsync(checkOnly: true)).Diagnostics
            .Select(d => (d.Span.Path, d.Span.Line, d.Span.Column, d.IsError ? "error" : "warning", d.Code, d.Message))
            .ToList();

        // When the check task's command runs and its matcher reads the output
        var task = Task("check");
        var args = task.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToArray();
        var errors = new StringWriter();
        await CommandLine.RunAsync([.. args.SkipWhile(a => a != "--").Skip(1), "--root", site.Root, "--theme", RepoPaths.Theme], new StringWriter(), errors);
        var pattern = Matcher(task);
        var matched = errors.ToString().Split('\n')
            .Select(line => pattern.Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value), m.Groups[4].Value, m.Groups[5].Value, m.Groups[6].Value))
            .ToList();

        // Then it finds each problem, and only those, at a file of the project
        Assert.Equal("dotnet", task.GetProperty("command").GetString());
        Assert.Equal(["run", "--project", "src/Site.Cli", "-c", "Release", "--", "check"], args.Take(7));
        Assert.Contains(found, f => f.Item4 == "error");
        Assert.Contains(found, f => f.Item4 == "warning");
        Assert.Equal(found, matched);
        Assert.All(matched, m => Assert.True(File.Exists(Path.Combine(site.Root, m.Item1)), m.Item1));
    }

    [Fact]
    public void The_matcher_reads_files_relative_to_the_project_and_the_build_task_shares_it()
    {
        var check = Task("check").GetProperty("problemMatcher");
        var build = Task("build").GetProperty("problemMatcher");

        Assert.Equal(["relative", "${workspaceFolder}"], check.GetProperty("fileLocation").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(check.GetRawText(), build.GetRawText());
    }

    [Fact]
    public void VS_Code_recommends_the_YAML_extension_that_reads_the_schemas()
    {
        var recommendations = ReadJson(".vscode", "extensions.json").GetProperty("recommendations").EnumerateArray().Select(e => e.GetString());

        Assert.Contains("redhat.vscode-yaml", recommendations);
    }

    private static JsonElement Task(string label) =>
        Tasks.EnumerateArray().Single(t => t.GetProperty("label").GetString() == label);

    private static Regex Matcher(JsonElement task) =>
        new(task.GetProperty("problemMatcher").GetProperty("pattern").GetProperty("regexp").GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1));

    private static JsonElement ReadJson(params string[] path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine([RepoPaths.Root, .. path])));
        return document.RootElement.Clone();
    }
}
