using Site.Cli;
using Site.Tests.Support;

namespace Site.Tests.Validation;

/// <summary>Files too large to be content, and YAML built to explode, are refused before they cost time or memory.</summary>
public sealed class OversizedFileTests
{
    /// <summary>The code for a file over the size limit; generated here rather than committed to the case corpus.</summary>
    public const string Code = "SG0004";

    [Fact]
    public async Task An_oversized_file_is_refused_without_parsing()
    {
        using var site = TestSite.Create().With("input/facts/huge.yaml", "# " + new string('x', 1024 * 1024 + 10) + "\n");
        var errors = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["check", "--root", site.Root, "--theme", RepoPaths.Theme], new StringWriter(), errors);

        Assert.Equal(1, exitCode);
        Assert.Equal("input/facts/huge.yaml:1:1: error SG0004: the file is too large (1,048,589 bytes)", errors.ToString().Split('\n')[0]);
    }

    [Fact]
    public async Task A_billion_laughs_document_is_rejected_at_its_first_alias()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + string.Concat(Enumerable.Range(0, 30).Select(i => $"{(char)('b' + (i % 24))}{i}: &{(char)('b' + (i % 24))}{i} [*{(i == 0 ? "a" : $"{(char)('b' + ((i - 1) % 24))}{i - 1}")}, *{(i == 0 ? "a" : $"{(char)('b' + ((i - 1) % 24))}{i - 1}")}]\n"));
        using var site = TestSite.Create().With("input/site.yaml", bomb);
        var errors = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["check", "--root", site.Root, "--theme", RepoPaths.Theme], new StringWriter(), errors);

        Assert.Equal(1, exitCode);
        Assert.Contains("input/site.yaml:2:10: error SG0008", errors.ToString(), StringComparison.Ordinal);
    }
}
