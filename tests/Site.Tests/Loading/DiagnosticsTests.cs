using Site.Tests.Support;

namespace Site.Tests.Loading;

/// <summary>Mistakes in content come back as diagnostics with a position, a message and a fix, all in one run.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public async Task Reports_every_problem_at_once_sorted_by_file_and_line()
    {
        using var site = TestSite.Create()
            .With("input/facts/all.yaml", """
                - id: met
                  statment: They met.
                  about: [ann, bobb]
                  date: 1987-02-30
                  citations:
                    - source: one
                      quote: The couple met on a film set in 1987.
                - id: met
                  statement: Again.
                  about: [ann]
                  citations: [{ source: onee, quote: They married in 1988. }]
                """);

        var result = await site.BuildAsync(checkOnly: true);

        var lines = result.Diagnostics.Select(d => $"{d.Span} {d.Code} {d.Message}").ToList();
        Assert.Equal(
            [
                "input/facts/all.yaml:1:3 SG0102 this fact is missing the required field `statement`",
                "input/facts/all.yaml:2:3 SG0101 unknown field 'statment' in this fact; did you mean 'statement'?",
                "input/facts/all.yaml:3:16 SG0202 unknown person or work 'bobb'; did you mean 'bob'?",
                "input/facts/all.yaml:4:9 SG0106 '1987-02-30' is not a valid date: February 1987 has no day 30",
                "input/facts/all.yaml:8:7 SG0201 the id 'met' is already used at input/facts/all.yaml:1:7",
                "input/facts/all.yaml:11:25 SG0202 unknown source 'onee'; did you mean 'one'?",
            ],
            lines);
    }

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
