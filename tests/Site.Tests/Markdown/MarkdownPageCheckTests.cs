using Site.Tests.Support;

namespace Site.Tests.Markdown;

/// <summary>
/// Whatever a page's Markdown holds, a problem with it is reported in the Markdown file, where a fan can fix it, and
/// never in a generated page under output/ as if the theme were at fault.
/// </summary>
public sealed class MarkdownPageCheckTests
{
    private const string FrontMatter = "---\ntitle: Story\ndescription: Their story.\n---\n";

    public static TheoryData<string> Bodies() =>
    [
        "[the film [@met]](/works/the-film/)",
        "![a photo [@met]](/a.png)",
        "![a photo with [a link [@met]](/works/)](/a.png)",
        "[see <https://example.org/>](/works/)",
        "[see ![a <https://example.org/> photo](/a.png)](/works/)",
        "# A heading [@met] with *emphasis [@met]*",
        "> A quote [@met]\n> - in a list [@met]",
        "[a page](</no such page/>)",
        "[an anchor](/works/the-film/#no such anchor)",
        "[a title](/works/ \"with \\\"quotes\\\" & <tags>\")",
        "Entities &#0; &#1; &#x1b; &#xD800; &#128; &lt;p&gt; &amp;",
        "`code [@met] <a>` and <b>raw</b> and <!-- a comment -->",
        "[x]: /works/ \"a [@met] title\"\n\n[a reference][x] and [@met]",
        "**[@met]** _[@met]_ [@met][@met]",
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_problem_with_markdown_is_reported_in_the_markdown_file(string body)
    {
        using var site = TestSite.Create().With("input/pages/couple.md", FrontMatter + body + "\n");

        var result = await site.BuildAsync();

        Assert.All(result.Diagnostics, d => Assert.Equal("input/pages/couple.md", d.Span.Path));
        Assert.All(result.Diagnostics, d => Assert.True(d.Span.Line >= 5, $"{d.Code} at {d.Span}"));
    }
}
