using Site.Cli;
using Site.Engine.Diagnostics;
using Site.Engine.Loading;
using Site.Tests.Support;

namespace Site.Tests.Loading;

/// <summary>Broken YAML gives one error where the mistake is, whichever way the YAML library fails on it.</summary>
public sealed class YamlSyntaxTests
{
    [Fact]
    public async Task A_list_never_closed_is_an_error_at_its_bracket_and_not_a_bug()
    {
        using var site = TestSite.Create().With("input/facts/all.yaml", """
            - id: met
              statement: They met on a film set.
              about: [ann, bob
              citations:
                - source: one
                  quote: The couple met on a film set in 1987.
            """);
        var errors = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["check", "--root", site.Root, "--theme", RepoPaths.Theme], new StringWriter(), errors);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("input/facts/all.yaml:3:10: error SG0001: this is not valid YAML: the list opened with `[` here is never closed", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("fix: close it with `]` after its last item", errors.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  citations: [{ source: one, quote: met on a film set ]\n", 2, 15, '{')]
    [InlineData("  citations: [{ source: one, quote: met on a film set }\n", 2, 14, '[')]
    [InlineData("  citations: [{ source: one, quote: met on a film set }]\n  about: [ann, bob\n", 3, 10, '[')]
    [InlineData("  statement: a [plain] text\n  about: {ann\n", 3, 10, '{')]
    public async Task A_bracket_never_closed_is_reported_where_it_opens(string fields, int line, int column, char bracket)
    {
        using var site = TestSite.Create().With("input/facts/all.yaml", "- id: met\n" + fields);

        var result = await site.BuildAsync(checkOnly: true);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("SG0001", line, column), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Contains($"opened with `{bracket}` here is never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_exception_the_yaml_library_throws_becomes_a_diagnostic()
    {
        var diagnostics = new DiagnosticBag();

        ContentReader.Load("input/people.yaml", "- id: a\n  about: [a, b\n  name: A\n", new IdPool(), diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("SG0001", 2, 10), (error.Code, error.Span.Line, error.Span.Column));
    }

    [Theory]
    [InlineData("\"The \\ud800 article.\"")]
    [InlineData("\"C:\\Users\\ann\"")]
    public async Task A_broken_escape_is_explained_as_an_escape(string summary)
    {
        using var site = TestSite.Create().With("input/sources.yaml", "- id: one\n  seed: one.txt\n  summary: " + summary + "\n");

        var result = await site.BuildAsync(checkOnly: true);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "SG0001");
        Assert.StartsWith("in double quotes, `\\` starts an escape", error.Fix, StringComparison.Ordinal);
    }
}
