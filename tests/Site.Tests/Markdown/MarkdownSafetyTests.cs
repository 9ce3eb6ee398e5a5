using Site.Tests.Support;

namespace Site.Tests.Markdown;

/// <summary>What a page's Markdown can do is checked where it is written, with one rule for every link and a bound on nesting.</summary>
public sealed class MarkdownSafetyTests
{
    private const string FrontMatter = "---\ntitle: Story\ndescription: Their story.\n---\n";

    public static TheoryData<string, int, int> UnsafeLinks() => new()
    {
        { "See [it](javascript:alert(1)).", 5, 5 },
        { "See <javascript:alert(1)>.", 5, 5 },
        { "See <vbscript:msgbox(1)>.", 5, 5 },
        { "See ![it](javascript:alert(1)).", 5, 5 },
        { "See [it][x].\n\n[x]: javascript:alert(1)", 7, 1 },
        { "See [x].\n\n[x]: data:text/html,hi", 7, 1 },
        { "Write to <ann@example.org>.", 5, 10 },
        { "See [it](//evil.example/).", 5, 5 },
        { "See [it](/\\evil.example/).", 5, 5 },
        { "See [it](<https://example.org/a b>).", 5, 5 },
        { "- a list\n  > with [a quote](javascript:x)", 6, 10 },
    };

    [Theory]
    [MemberData(nameof(UnsafeLinks))]
    public async Task Every_kind_of_markdown_link_obeys_the_same_rule(string body, int line, int column)
    {
        using var site = TestSite.Create().With("input/pages/couple.md", FrontMatter + body + "\n");

        var result = await site.BuildAsync(checkOnly: true);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("SG0305", "input/pages/couple.md", line, column), (error.Code, error.Span.Path, error.Span.Line, error.Span.Column));
    }

    public static TheoryData<string> DeepNesting() =>
    [
        new string('>', 130) + " deep",
        string.Concat(Enumerable.Repeat("> ", 130)) + "deep",
        string.Concat(Enumerable.Repeat("- ", 130)) + "deep",
        string.Concat(Enumerable.Repeat("1. ", 130)) + "deep",
        string.Concat(Enumerable.Range(0, 130).Select(i => new string(' ', 2 * i) + "- deep\n")),
        string.Concat(Enumerable.Repeat("*a ", 130)) + "b" + string.Concat(Enumerable.Repeat(" a*", 130)),
        string.Concat(Enumerable.Repeat("_a ", 1000)) + "b" + string.Concat(Enumerable.Repeat(" a_", 1000)),
        string.Concat(Enumerable.Repeat("![", 130)) + "x" + string.Concat(Enumerable.Repeat("](/a.png)", 130)),
        string.Concat(Enumerable.Repeat("> - ", 70)) + "deep",
    ];

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public async Task Markdown_nested_too_deeply_is_refused_at_its_line_and_never_crashes_the_build(string body)
    {
        using var site = TestSite.Create().With("input/pages/couple.md", FrontMatter + "A first paragraph.\n\n" + body + "\n");

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SG0306", error.Code);
        Assert.InRange(error.Span.Line, 7, 7 + 130);
    }

    [Fact]
    public async Task Nesting_that_prose_uses_is_kept()
    {
        var body = "> A quote with\n> - a list\n>   - in a list with *emphasis and **strong [links](/works/)***\n";
        using var site = TestSite.Create().With("input/pages/couple.md", FrontMatter + body);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }
}
