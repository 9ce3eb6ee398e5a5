using Site.Engine;
using Site.Engine.Diagnostics;
using Site.Tests.Support;
using Site.Theme;

namespace Site.Tests.Loading;

/// <summary>
/// One mistake that makes a whole file unreadable is reported first, and alone: the hundreds of references to the
/// records it held are not reported as unknown, only counted in one note.
/// </summary>
public sealed class FollowOnErrorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-follow-on-" + Guid.NewGuid().ToString("N"));

    public FollowOnErrorTests()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "input"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "seeds"))))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(RepoPaths.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Theory]
    [InlineData("input/people.yaml", "people")]
    [InlineData("input/sources.yaml", "sources")]
    [InlineData("input/works.yaml", "works")]
    [InlineData("input/claims.yaml", "claims")]
    [InlineData("input/facts/meeting.yaml", "facts")]
    public async Task A_syntax_error_in_a_real_file_is_the_first_error_and_the_only_one(string path, string kind)
    {
        var lines = File.ReadAllLines(Path.Combine(_root, path)).ToList();
        var line = lines.FindIndex(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains(": ", StringComparison.Ordinal));
        lines[line] = lines[line].Replace(": ", ": [", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(_root, path), lines);

        var diagnostics = await Check();

        var first = diagnostics[0];
        Assert.Equal(("SG0001", path, line + 1), (first.Code, first.Span.Path, first.Span.Line));
        Assert.Single(diagnostics, d => d.IsError);
        var note = Assert.Single(diagnostics, d => !d.IsError);
        Assert.Equal(("SG0015", path), (note.Code, note.Span.Path));
        Assert.Contains($"references to {kind} were not checked", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seed_that_cannot_be_read_is_reported_at_the_seed_and_nowhere_else()
    {
        var seed = Path.Combine(_root, "seeds", "003_fa6374fa60740cc2.txt");
        File.Delete(seed);
        File.CreateSymbolicLink(seed, "/etc/hostname");

        var diagnostics = await Check();

        var error = Assert.Single(diagnostics);
        Assert.Equal(("SG0014", "seeds/003_fa6374fa60740cc2.txt"), (error.Code, error.Span.Path));
    }

    [Fact]
    public async Task An_empty_seed_is_reported_at_the_seed_and_its_quotes_are_not()
    {
        File.WriteAllText(Path.Combine(_root, "seeds", "003_fa6374fa60740cc2.txt"), string.Empty);

        var diagnostics = await Check();

        var error = Assert.Single(diagnostics);
        Assert.Equal(("SG0002", "seeds/003_fa6374fa60740cc2.txt"), (error.Code, error.Span.Path));
    }

    [Fact]
    public async Task Errors_that_keep_a_file_from_being_read_come_before_all_others()
    {
        var facts = Path.Combine(_root, "input/facts/careers.yaml");
        var text = File.ReadAllText(facts);
        var at = text.IndexOf("source: ", StringComparison.Ordinal) + "source: ".Length;
        File.WriteAllText(facts, text.Insert(at, "no-such-"));
        File.WriteAllText(Path.Combine(_root, "input/works.yaml"), "- id: [broken\n");

        var diagnostics = await Check();

        Assert.Equal("SG0001", diagnostics[0].Code);
        Assert.Contains(diagnostics.Skip(1), d => d.Code == "SG0202" && d.Message.Contains("unknown source 'no-such-", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<IReadOnlyList<Diagnostic>> Check() =>
        (await new BuildPipeline(new ThemeRenderer(RepoPaths.Theme)).RunAsync(new BuildOptions(_root, CheckOnly: true))).Diagnostics;
}
