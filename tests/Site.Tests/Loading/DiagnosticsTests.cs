using Site.Tests.Support;

namespace Site.Tests.Loading;

/// <summary>Mistakes in content come back as diagnostics with a position, a message and a fix, all in one run.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public async Task A_yaml_syntax_error_points_at_its_line_with_a_caret_and_a_hint()
    {
        using var site = TestSite.Create().With("input/quotes.yaml", "- id: happy\n  text: \"unclosed\n  source: one\n");

        var result = await site.BuildAsync(checkOnly: true);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SG0001", error.Code);
        var printed = result.Formatter.Format(error);
        Assert.Contains("input/quotes.yaml:2:9: error SG0001", printed, StringComparison.Ordinal);
        Assert.Contains("  2 |   text: \"unclosed\n    |         ^", printed, StringComparison.Ordinal);
        Assert.Contains("fix: a quoted value must end with the same quote mark", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_metadata_must_be_stated_by_the_article_itself()
    {
        using var site = TestSite.Create().With("input/sources.yaml", """
            - id: one
              seed: one.txt
              headline: A Headline We Made Up
              publisher: The Daily Guess
              summary: The only article.
            """);

        var result = await site.BuildAsync(checkOnly: true);

        Assert.Equal(["SG0111 3:13", "SG0111 4:14"], result.Diagnostics.Select(d => $"{d.Code} {d.Span.Line}:{d.Span.Column}"));
    }

    [Fact]
    public async Task A_citation_marker_in_markdown_must_name_an_existing_fact()
    {
        using var site = TestSite.Create().With("input/pages/couple.md", "---\ntitle: Story\ndescription: Their story.\n---\nThey met [@mett].\n");

        var result = await site.BuildAsync(checkOnly: true);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("input/pages/couple.md:5:10: unknown fact 'mett'", $"{error.Span}: {error.Message[(error.Message.IndexOf("unknown", StringComparison.Ordinal))..].Replace("; did you mean 'met'?", string.Empty, StringComparison.Ordinal)}");
        Assert.Contains("did you mean 'met'?", error.Message, StringComparison.Ordinal);
    }
}
