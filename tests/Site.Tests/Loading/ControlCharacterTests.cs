using Site.Cli;
using Site.Tests.Support;

namespace Site.Tests.Loading;

/// <summary>
/// A control character in content is refused where it is written, whether it is in the file itself or produced by a
/// YAML escape, before it can reach a page or the feed.
/// </summary>
public sealed class ControlCharacterTests
{
    private const string Sources = "- id: one\n  seed: one.txt\n  date: 2020-05-01\n  summary: ";

    [Theory]
    [InlineData("\"The only article.\\x01\"", 30, "\\x01", "U+0001")]
    [InlineData("\"The only article.\\0\"", 30, "\\0", "U+0000")]
    [InlineData("\"The \\u0001 article.\"", 17, "\\u0001", "U+0001")]
    [InlineData("\"The \\e article.\"", 17, "\\e", "U+001B")]
    [InlineData("\"The \\N article.\"", 17, "\\N", "U+0085")]
    [InlineData("\"The \\x7f article.\"", 17, "\\x7f", "U+007F")]
    [InlineData("\"The \\uFFFE article.\"", 17, "\\uFFFE", "U+FFFE")]
    [InlineData("\"The \\U0010FFFF article.\"", 17, "\\U0010FFFF", "U+10FFFF")]
    [InlineData("\"The\n    only \\x01 one.\"", 10, "\\x01", "U+0001")]
    public async Task An_escape_that_makes_a_control_character_is_an_error_at_the_escape(string summary, int column, string escape, string character)
    {
        using var site = TestSite.Create().With("input/sources.yaml", Sources + summary + "\n");

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "SG0013");
        Assert.Equal(("input/sources.yaml", summary.Contains('\n') ? 5 : 4, column), (error.Span.Path, error.Span.Line, error.Span.Column));
        Assert.Contains($"the escape `{escape}` stands for a control character ({character})", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input/sources.yaml", "- id: one\n  seed: one.txt\n  summary: The only\u0001 article.\n", 3, 20, "U+0001")]
    [InlineData("input/sources.yaml", "- id: one\n  seed: one.txt\n  summary: \"The only\u007F article.\"\n", 3, 21, "U+007F")]
    [InlineData("input/sources.yaml", "- id: one\n  seed: one.txt\n  summary: The only\u0085 article.\n", 3, 20, "U+0085")]
    [InlineData("input/sources.yaml", "- id: one\n  seed: one.txt\n  summary: The only\uFDD0 article.\n", 3, 20, "U+FDD0")]
    [InlineData("input/sources.yaml", "# a comment\u0000\n- id: one\n", 1, 12, "U+0000")]
    [InlineData("input/sources.yaml", "- id: one\n  seed: one.txt\n  summary: The only\u2028 article.\n", 3, 20, "U+2028")]
    [InlineData("input/people.yaml", "- id: ann\n  name: \u202Enna\n", 2, 9, "U+202E")]
    [InlineData("input/pages/couple.md", "---\ntitle: Their story\ndescription: How they met.\n---\nThey \u2066met\u2069.\n", 5, 6, "U+2066")]
    [InlineData("input/pages/couple.md", "---\ntitle: Their story\ndescription: How they met.\n---\nThey met\u001B[31m on a film set.\n", 5, 9, "U+001B")]
    [InlineData("input/pages/couple.md", "---\ntitle: \"Their\u0002 story\"\ndescription: How they met.\n---\nThey met.\n", 2, 14, "U+0002")]
    public async Task A_control_character_in_a_file_is_an_error_at_its_line_and_column(string path, string text, int line, int column, string character)
    {
        using var site = TestSite.Create().With(path, text);

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "SG0013");
        Assert.Equal((path, line, column), (error.Span.Path, error.Span.Line, error.Span.Column));
        Assert.Contains($"control character ({character})", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Span.Path.StartsWith("output/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_control_character_that_would_reach_the_feed_is_a_content_error_and_not_a_bug()
    {
        using var site = TestSite.Create().With("input/sources.yaml", Sources + "\"The only article.\\x01\"\n");
        var errors = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["build", "--root", site.Root, "--theme", RepoPaths.Theme], new StringWriter(), errors);

        Assert.Equal(1, exitCode);
        Assert.Contains("input/sources.yaml:4:30: error SG0013:", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("bug", errors.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_excerpt_under_the_error_shows_the_character_without_printing_it()
    {
        using var site = TestSite.Create().With("input/pages/couple.md", "---\ntitle: Their story\ndescription: How they met.\n---\nThey met\u001B[2J on a film set.\n");
        var errors = new StringWriter();

        await CommandLine.RunAsync(["check", "--root", site.Root, "--theme", RepoPaths.Theme], new StringWriter(), errors);

        Assert.Contains("  5 | They met\\u001B[2J on a film set.\n", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', errors.ToString());
    }
}
