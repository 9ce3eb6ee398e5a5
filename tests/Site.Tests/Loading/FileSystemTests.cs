using System.Diagnostics;
using Site.Cli;
using Site.Engine;
using Site.Tests.Support;
using Site.Theme;

namespace Site.Tests.Loading;

/// <summary>
/// The build reads only regular files inside the project. Links that loop, lead nowhere or out of the project, files
/// that cannot be read, FIFOs and devices each give one clear error; none crashes, hangs or leaks a file's lines.
/// </summary>
public sealed class FileSystemTests
{
    [Theory]
    [InlineData("loop.yaml", "loop.yaml", "it is a link that leads back to itself, a loop")]
    [InlineData("gone.yaml", "moved-away.yaml", "it is a link to something that does not exist")]
    public async Task A_link_to_itself_or_to_nothing_is_an_error_that_says_which(string name, string target, string reason)
    {
        using var site = TestSite.Create();
        File.CreateSymbolicLink(Path.Combine(site.Root, "input/facts", name), target);

        var (exitCode, errors) = await Check(site);

        Assert.Equal(1, exitCode);
        Assert.Equal($"input/facts/{name}:1:1: error SG0014: input/facts/{name} cannot be read: {reason}", errors.Split('\n')[0]);
    }

    [Fact]
    public async Task A_file_whose_name_holds_a_control_character_is_refused_without_printing_it()
    {
        using var site = TestSite.Create().With("input/facts/more\u001B[2J.yaml", "- id: more\n");

        var (exitCode, errors) = await Check(site);

        Assert.Equal(1, exitCode);
        Assert.Equal("input/facts/more\uFFFD[2J.yaml:1:1: error SG0014: input/facts/more\uFFFD[2J.yaml cannot be read: its name holds an invisible control character", errors.Split('\n')[0]);
        Assert.DoesNotContain('\u001B', errors);
    }

    [Fact]
    public async Task A_file_another_program_holds_locked_is_an_error_and_not_a_bug()
    {
        using var site = TestSite.Create();
        using var locked = new FileStream(Path.Combine(site.Root, "input/works.yaml"), FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var (exitCode, errors) = await Check(site);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("input/works.yaml:1:1: error SG0014: input/works.yaml cannot be read: the system could not read it", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("bug", errors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_fifo_among_the_seeds_is_never_opened()
    {
        using var site = TestSite.Create();
        var fifo = Path.Combine(site.Root, "seeds/pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var (exitCode, errors) = await Check(site).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, exitCode);
        Assert.StartsWith("seeds/pipe.txt:1:1: error SG0002: the file is empty", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/etc/passwd")]
    [InlineData("/proc/self/status")]
    public async Task A_seed_that_links_out_of_the_project_is_refused_and_never_quoted(string target)
    {
        using var site = TestSite.Create().With("input/sources.yaml", """
            - id: one
              seed: one.txt
              date: 2020-05-01
              summary: The only article.
            - id: outside
              seed: outside.txt
              summary: Not ours.
            """).With("input/facts/leak.yaml", """
            - id: leak
              statement: A line of a file outside.
              about: [ann]
              citations: [{ source: outside, quote: "root:x:0:0 and the lines after it" }]
            """);
        File.CreateSymbolicLink(Path.Combine(site.Root, "seeds/outside.txt"), target);

        var result = await site.BuildAsync().WaitAsync(TimeSpan.FromSeconds(30));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("SG0014", "seeds/outside.txt"), (error.Code, error.Span.Path));
        Assert.Contains("it is a link to a file outside the project", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_folder_that_links_back_to_its_parent_is_one_error_that_says_loop()
    {
        using var site = TestSite.Create();
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "input/facts/again"), "..");

        var result = await site.BuildAsync(checkOnly: true);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("SG0014", "input/facts/again"), (error.Code, error.Span.Path));
        Assert.Contains("it is a link to input, a folder that contains it, so reading it would go round in a loop for ever", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_between_folders_of_the_project_are_followed()
    {
        using var site = TestSite.Create();
        var facts = Path.Combine(site.Root, "input/facts/all.yaml");
        site.With("shared/facts.yaml", File.ReadAllText(facts));
        File.Delete(facts);
        File.CreateSymbolicLink(facts, "../../shared/facts.yaml");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "input/pages"), "../shared/pages");
        site.With("shared/pages/couple.md", "---\ntitle: Their story\ndescription: How they met.\n---\nThey met.\n");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Output, "couple/index.html")));
    }

    [Fact]
    public async Task A_file_linked_from_inside_a_project_reached_through_a_link_is_inside()
    {
        using var site = TestSite.Create();
        var alias = Path.Combine(Path.GetTempPath(), "site-alias-" + Guid.NewGuid().ToString("N"));
        Directory.CreateSymbolicLink(alias, site.Root);
        try
        {
            File.Move(Path.Combine(site.Root, "seeds/one.txt"), Path.Combine(site.Root, "seeds/real.txt"));
            File.CreateSymbolicLink(Path.Combine(site.Root, "seeds/one.txt"), Path.Combine(site.Root, "seeds/real.txt"));

            var result = await new BuildPipeline(new ThemeRenderer(RepoPaths.Theme)).RunAsync(new BuildOptions(alias, null, null, CheckOnly: true));

            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        }
        finally
        {
            Directory.Delete(alias);
        }
    }

    private static async Task<(int ExitCode, string Errors)> Check(TestSite site)
    {
        var errors = new StringWriter();
        var exitCode = await CommandLine.RunAsync(["check", "--root", site.Root, "--theme", RepoPaths.Theme], new StringWriter(), errors);
        return (exitCode, errors.ToString());
    }
}
