using Site.Engine.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Diagnostics;

/// <summary>What the formatter prints never holds a character a terminal would obey, and its carets stay under what they mark.</summary>
public sealed class DiagnosticFormatterTests
{
    [Fact]
    public async Task A_raw_escape_sequence_in_a_file_is_printed_visibly_escaped()
    {
        using var site = TestSite.Create().With("input/quotes.yaml", "- id: happy\n  text: \"We are \u001b[2J\u001b[31mvery happy,\n  source: one\n");

        var result = await site.BuildAsync(checkOnly: true);

        var printed = string.Concat(result.Diagnostics.Select(result.Formatter.Format));
        Assert.NotEmpty(result.Diagnostics);
        Assert.Contains("\\u001B[2J", printed, StringComparison.Ordinal);
        Assert.DoesNotContain(printed, c => c != '\n' && (char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format));
    }

    [Fact]
    public void Carets_stay_under_the_marked_text_after_hidden_characters_are_escaped()
    {
        var formatter = new DiagnosticFormatter(_ => ["id: \u202E\u001b[1mbad value"]);
        var diagnostic = new Diagnostic("SG0107", Severity.Error, "'\u202Ebad' is \u009b not valid", new SourceSpan("f.yaml", 1, 10, 3), "a \u0007 b", "fix \u001b it");

        var printed = formatter.Format(diagnostic);

        Assert.Equal(
            "f.yaml:1:10: error SG0107: '\\u202Ebad' is \\u009B not valid\n"
            + "  1 | id: \\u202E\\u001B[1mbad value\n"
            + "    |                    ^^^\n"
            + "  expected: a \\u0007 b\n"
            + "  fix: fix \\u001B it\n",
            printed);
    }
}
