using Site.Tests.Support;

namespace Site.Tests.Markdown;

/// <summary>
/// Whatever a page's Markdown holds, a problem with it is reported in the Markdown file, where a fan can fix it, and
/// never in a generated page under output/ as if the theme were at fault.
/// </summary>
public sealed class MarkdownPageCheckTests
{
    private const string FrontMatter = "---\ntitle: Story\ndescription: Their story.\n---\n";

    /// <summary>Markdown that is odd in some way, and the codes its build reports ("" when it builds).</summary>
    public static TheoryData<string, string> Bodies() => new()
    {
        { "[the film [@met]](/works/the-film/)", "SG0307" },
        { "![a photo [@met]](/a.png)", "SG0307" },
        { "![a photo with [a link [@met]](/works/)](/a.png)", "SG0307" },
        { "[see <https://example.org/>](/works/)", "SG0308" },
        { "[see ![a <https://example.org/> photo](/a.png)](/works/)", "SG0301" },
        { "# A heading [@met] with *emphasis [@met]*", "" },
        { "> A quote [@met]\n> - in a list [@met]", "" },
        { "[a page](</no such page/>)", "SG0305" },
        { "[a café](/café/)", "SG0301" },
        { "[an anchor](/works/the-film/#fact-mét)", "SG0302" },
        { "[a title](/works/ \"with \\\"quotes\\\" & <tags>\")", "" },
        { "Entities &#0; &#1; &#x1b; &#xD800; &#128; &lt;p&gt; &amp;", "" },
        { "`code [@met] <a>` and <b>raw</b> and <!-- a comment -->", "" },
        { "[x]: /works/ \"a [@met] title\"\n\n[a reference][x] and [@met]", "" },
        { "**[@met]** _[@met]_ [@met][@met]", "" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_problem_with_markdown_is_reported_in_the_markdown_file(string body, string codes)
    {
        using var site = TestSite.Create().With("input/pages/couple.md", FrontMatter + body + "\n");

        var result = await site.BuildAsync();

        Assert.Equal(codes, string.Join(' ', result.Diagnostics.Select(d => d.Code)));
        Assert.All(result.Diagnostics, d => Assert.Equal("input/pages/couple.md", d.Span.Path));
        Assert.All(result.Diagnostics, d => Assert.True(d.Span.Line >= 5, $"{d.Code} at {d.Span}"));
    }
}
