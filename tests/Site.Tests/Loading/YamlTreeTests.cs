using System.Text;
using Site.Engine.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Loading;

/// <summary>How YAML documents become the tree the loaders read: keys given twice, and nesting of any depth.</summary>
public sealed class YamlTreeTests
{
    [Fact]
    public async Task A_key_given_twice_in_a_long_mapping_points_at_both()
    {
        var yaml = new StringBuilder("- id: met\n");
        for (var i = 1; i <= 30; i++)
        {
            yaml.Append($"  extra{i}: x\n");
        }

        yaml.Append("  extra7: again\n");

        var error = await TheOnlyDiagnostic("input/facts/all.yaml", yaml.ToString());

        Assert.Equal("SG0005", error.Code);
        Assert.Equal((32, 3, 6), (error.Span.Line, error.Span.Column, error.Span.Length));
        Assert.Contains("`extra7` is given twice (first at line 8)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quoted_key_is_the_same_key_as_its_plain_spelling()
    {
        var error = await TheOnlyDiagnostic("input/facts/all.yaml", """
            - id: met
              statement: They met on a film set.
              "statement": They met twice.
            """);

        Assert.Equal("SG0005", error.Code);
        Assert.Equal((3, 3), (error.Span.Line, error.Span.Column));
        Assert.Contains("(first at line 2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistake_in_a_later_document_of_a_file_is_still_reported()
    {
        var error = await TheOnlyDiagnostic("input/claims.yaml", "- id: year-met\n  question: When?\n---\n---\n- id: b\n  id: c\n");

        Assert.Equal("SG0005", error.Code);
        Assert.Equal((6, 3), (error.Span.Line, error.Span.Column));
        Assert.Contains("(first at line 5)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_document_with_records_is_reported_at_its_dashes_instead_of_being_ignored()
    {
        var error = await TheOnlyDiagnostic("input/claims.yaml", "- id: year-met\n  question: When?\n---\n---\n- id: other\n  question: Why?\n");

        Assert.Equal("SG0012", error.Code);
        Assert.Equal((4, 1), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public async Task Dashes_before_the_only_document_or_after_it_are_no_mistake()
    {
        using var site = TestSite.Create();
        var facts = File.ReadAllText(Path.Combine(site.Root, "input/facts/all.yaml"));
        site.With("input/facts/all.yaml", "---\n" + facts + "\n---\n");

        var result = await site.BuildAsync(checkOnly: true);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task The_same_key_in_two_records_is_no_mistake()
    {
        using var site = TestSite.Create().With("input/claims.yaml", """
            - id: year-met
              question: When did they meet?
            - id: year-married
              question: When did they marry?
            """);

        var result = await site.BuildAsync(checkOnly: true);

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public async Task Nesting_deeper_than_any_content_needs_is_reported_where_it_goes_too_deep()
    {
        const int depth = 100_000;
        using var site = TestSite.Create().With("input/facts/all.yaml",
            $"- id: met\n  statement: x\n  about: {new string('[', depth)}ann{new string(']', depth)}\n  citations: [{{ source: one, quote: met on a film set }}]\n");

        var result = await site.BuildAsync(checkOnly: true);

        // The file's list is the first level and its record the second; `about` opens the third, at column 10.
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SG0011", error.Code);
        Assert.Equal((3, 10 + 64 - 2), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public async Task Nesting_within_the_limit_is_read_and_checked_like_any_value()
    {
        using var site = TestSite.Create().With("input/facts/all.yaml",
            $"- id: met\n  statement: x\n  about: {new string('[', 62)}ann{new string(']', 62)}\n  citations: [{{ source: one, quote: met on a film set }}]\n");

        var result = await site.BuildAsync(checkOnly: true);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SG0103", error.Code);
        Assert.Equal((3, 11), (error.Span.Line, error.Span.Column));
    }

    /// <summary>Checks the minimal test site with <paramref name="path"/> replaced by <paramref name="yaml"/>, and returns its one diagnostic.</summary>
    private static async Task<Diagnostic> TheOnlyDiagnostic(string path, string yaml)
    {
        using var site = TestSite.Create().With(path, yaml);
        var result = await site.BuildAsync(checkOnly: true);
        return Assert.Single(result.Diagnostics);
    }
}
