using System.Text.RegularExpressions;
using Site.Engine;
using Site.Tests.Support;
using Site.Theme;

namespace Site.Tests.Site;

/// <summary>The README's commands share one build of the tool, and its examples of each kind of record are ones the real site accepts.</summary>
public sealed partial class ReadmeTests : IDisposable
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-readme-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Every_command_that_runs_the_tool_uses_the_release_configuration()
    {
        // A command in another configuration would compile a second copy of the tool before it runs.
        var commands = RunCommand().Matches(Readme).Select(m => m.Value).ToList();

        Assert.True(commands.Count >= 5);
        Assert.All(commands, command => Assert.StartsWith("dotnet run --project src/Site.Cli -c Release -- ", command, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Adding a fact", "input/facts/marriage.yaml")]
    [InlineData("Adding a person", "input/people.yaml")]
    [InlineData("Adding a work", "input/works.yaml")]
    [InlineData("Adding a source article", "input/sources.yaml")]
    public async Task A_sections_example_takes_the_place_of_its_record_in_the_real_site_without_an_error(string section, string file)
    {
        // Given the real site, with the record the section's example shows replaced by the example
        CopyRealSite();
        var example = ExampleIn(section);
        var id = IdLine().Match(example).Value;
        var path = Path.Combine(_root, file);
        var lines = File.ReadAllLines(path).ToList();
        var start = lines.IndexOf(id);
        Assert.True(start >= 0, $"{file} has no record `{id}`");
        var end = lines.FindIndex(start + 1, line => line.StartsWith("- ", StringComparison.Ordinal)) is var next and >= 0 ? next : lines.Count;
        lines.RemoveRange(start, end - start);
        lines.InsertRange(start, [.. example.Split('\n'), string.Empty]);
        await File.WriteAllLinesAsync(path, lines);

        // When it is checked
        var result = await new BuildPipeline(new ThemeRenderer(RepoPaths.Theme)).RunAsync(new BuildOptions(_root, CheckOnly: true));

        // Then it has no error
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError).Select(result.Formatter.Format)));
    }

    [Fact]
    public void Articles_are_named_as_the_site_names_them_not_by_a_number()
    {
        Assert.DoesNotMatch(ArticleNumber(), Readme);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>The first YAML example after the section's heading, without the indentation of the list item it may sit in.</summary>
    private static string ExampleIn(string section)
    {
        var text = Readme[Readme.IndexOf($"\n## {section}\n", StringComparison.Ordinal)..];
        var block = YamlBlock().Match(text);
        var indent = block.Groups["indent"].Value;
        return string.Join('\n', block.Groups["body"].Value.TrimEnd('\n').Split('\n').Select(line => line.StartsWith(indent, StringComparison.Ordinal) ? line[indent.Length..] : line));
    }

    private void CopyRealSite()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "input"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "seeds"))))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(RepoPaths.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex("dotnet run [^`\\n#]*")]
    private static partial Regex RunCommand();

    [GeneratedRegex("(?m)^(?<indent> *)```yaml\\n(?<body>.*?)^\\k<indent>```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    [GeneratedRegex("^- id: [a-z0-9-]+")]
    private static partial Regex IdLine();

    [GeneratedRegex("\\b[Aa]rticle [0-9]")]
    private static partial Regex ArticleNumber();
}
