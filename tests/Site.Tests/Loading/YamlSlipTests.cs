using Site.Engine.Diagnostics;
using Site.Engine.Loading;
using Site.Engine.Model;
using Site.Tests.Support;

namespace Site.Tests.Loading;

/// <summary>The common slips in hand-written YAML are explained in the terms of what was written, with a fix that works.</summary>
public sealed class YamlSlipTests
{
    private const string Fact = TestSite.FactText;

    [Theory]
    [InlineData("  statement: Kevin on acting: an actor met on a film set.", "Kevin on acting: an actor met on a film set.")]
    [InlineData("  statement: Kyra's view: they met on a film set.", "Kyra's view: they met on a film set.")]
    [InlineData("  statement: \"They were \"made for each other\".\"", "They were \"made for each other\".")]
    [InlineData("  statement: \"Kyra's friend said they were \"made for each other\".\"", "Kyra's friend said they were \"made for each other\".")]
    [InlineData("  statement: 'Ann's husband met her on a film set.'", "Ann's husband met her on a film set.")]
    [InlineData("  statement: 'Ann's husband said they were \"made for each other\".'", "Ann's husband said they were \"made for each other\".")]
    [InlineData("  statement: \"He said \\\"hi\\\" to Ann's \"friend\".\"", "He said \"hi\" to Ann's \"friend\".")]
    [InlineData("  statement: 'C:\\films is Ann's folder.'", "C:\\films is Ann's folder.")]
    public void A_value_the_parser_cannot_read_gets_a_fix_that_reads_as_meant(string statement, string meant)
    {
        // Given a fact whose statement has a colon, or a quote mark of its own, where YAML cannot take it
        var broken = Fact.Replace("  statement: They met on a film set.", statement, StringComparison.Ordinal);

        // When it is read
        var error = Assert.Single(Load(broken));

        // Then the error is at that line, and the line its fix shows reads as the statement meant
        Assert.Equal(("SG0001", 2), (error.Code, error.Span.Line));
        var fix = Assert.IsType<string>(error.Fix);
        var rewritten = fix[(fix.IndexOf(": `", StringComparison.Ordinal) + 3)..^2];
        var diagnostics = new DiagnosticBag();
        var records = ContentReader.Load("input/facts/all.yaml", broken.Replace(statement, "  " + rewritten, StringComparison.Ordinal), new IdPool(), diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(meant, Assert.IsType<Fact>(Assert.Single(Assert.IsType<FileContent.Records>(records).Items)).Statement);
    }

    [Theory]
    [InlineData("input/facts/all.yaml", Fact, "  citations:\n", "citations")]
    [InlineData("input/works.yaml", """
        - id: the-film
          title: The Film
          kind: film
          citations: [{ source: one, quote: The couple met on a film set in 1987. }]
          credits:
            - person: ann
              role: acted
              citations: [{ source: one, quote: met on a film set }]
        """, "  credits:\n", "credits")]
    [InlineData("input/sources.yaml", """
        - id: one
          seed: one.txt
          outlets:
            - name: Their friend
              quote: Their friend said they were
          summary: The only article.
        """, "  outlets:\n", "outlets")]
    [InlineData("input/people.yaml", """
        - id: ann
          name: Ann
          relation: Bob's wife
          citations:
            - { source: one, quote: They married in 1988. }
        """, "  citations:\n", "citations")]
    [InlineData("input/facts/all.yaml", """
        - id: met
          statement: They met on a film set.
          about:
          - ann
          - bob
          citations: [{ source: one, quote: The couple met on a film set in 1987. }]
        """, "  about:\n", null)]
    public void A_list_that_lost_its_field_name_asks_for_the_field_the_schema_puts_its_records_in(string path, string text, string deleted, string? field)
    {
        // Given a record whose list lost the line with its field's name, its items kept
        var broken = text.Replace(deleted, string.Empty, StringComparison.Ordinal);

        // When it is read
        var error = Assert.Single(Load(broken, path));

        // Then the error asks for the field whose records have the items' fields, when the items show them
        Assert.Equal("SG0001", error.Code);
        Assert.Contains("a list starts here, where a field was expected", error.Message, StringComparison.Ordinal);
        if (field is null)
        {
            Assert.DoesNotContain("did you forget", error.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.EndsWith($"did you forget `{field}:`?", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("  about: [ann, bob, the-film]", "   about: [ann, bob, the-film]", 3, 4, "2 spaces before `about`, as before `statement` on line 2")]
    [InlineData("  about: [ann, bob, the-film]", " about: [ann, bob, the-film]", 3, 2, "2 spaces before `about`, as before `statement` on line 2")]
    [InlineData("  statement: They met on a film set.", "   statement: They met on a film set.", 2, 4, "2 spaces before `statement`, as before `id` on line 1")]
    [InlineData("  citations:", "   citations:", 5, 4, "2 spaces before `citations`, as before `date` on line 4")]
    [InlineData("      quote:", "       quote:", 7, 8, "6 spaces before `quote`, as before `source` on line 6")]
    [InlineData("      quote:", "     quote:", 7, 6, "6 spaces before `quote`, as before `source` on line 6")]
    public void A_line_out_of_line_is_the_one_pointed_at_with_the_spaces_it_needs(string line, string misaligned, int lineNumber, int column, string expected)
    {
        // Given a fact with one line indented one space too far or too short
        var broken = Fact.Replace(line, misaligned, StringComparison.Ordinal);

        // When it is read
        var error = Assert.Single(Load(broken));

        // Then that line is the one pointed at, and the error says how many spaces it needs
        Assert.Equal(("SG0001", lineNumber, column, expected), (error.Code, error.Span.Line, error.Span.Column, error.Expected));
    }

    [Theory]
    [InlineData("- id: met\n  about:\n    - ann\n   - bob\n    - the-film\n", 4, "4 spaces before this list item, as before the `-` on line 3")]
    [InlineData(Fact + "\n   - source: one\n      quote: The couple met on a film set in 1987.\n", 8, "4 spaces before this list item, as before the `-` on line 6")]
    [InlineData(Fact + "\n - id: two\n", 8, "0 spaces before this list item, as before the `-` on line 1")]
    [InlineData(Fact + "\n claim: { key: year-met, value: \"1987\" }\n", 8, "2 spaces before `claim`, as before `citations` on line 5")]
    public void A_list_item_or_field_out_of_line_lines_up_with_its_siblings(string text, int lineNumber, string expected)
    {
        var error = Assert.Single(Load(text));

        Assert.Equal(("SG0001", lineNumber, expected), (error.Code, error.Span.Line, error.Expected));
    }

    [Fact]
    public void A_colon_in_the_continued_line_of_a_value_asks_for_the_whole_value_in_quotes()
    {
        var error = Assert.Single(Load(Fact.Replace("They met on a film set.", "They met\n    on a set: a film.", StringComparison.Ordinal)));

        Assert.Equal(("SG0001", 3, 13), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("put the whole value of `statement` in single quotes: `'` before its first word and after its last.", error.Fix);
    }

    [Fact]
    public void A_slip_in_a_pages_front_matter_is_reported_at_its_line_in_the_page()
    {
        var error = Assert.Single(Load("---\ntitle: Our story\ndescription: Kevin on acting: an actor\n---\nText.\n", "input/pages/story.md"));

        Assert.Equal(("SG0001", 3, 29), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("put the whole value in quotes: `description: 'Kevin on acting: an actor'`.", error.Fix);
    }

    private static IReadOnlyList<Diagnostic> Load(string text, string path = "input/facts/all.yaml")
    {
        var diagnostics = new DiagnosticBag();
        ContentReader.Load(path, text, new IdPool(), diagnostics);
        return diagnostics.Sorted();
    }
}
