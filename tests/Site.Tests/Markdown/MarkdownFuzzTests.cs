using Site.Engine.Markdown;
using Site.Tests.Support;

namespace Site.Tests.Markdown;

/// <summary>
/// Random Markdown made of the pieces that nest and link: whatever the mix, every problem is reported in a Markdown
/// file, never in a generated page, and the build never fails with an exception.
/// </summary>
public sealed class MarkdownFuzzTests
{
    private static readonly string[] Pieces =
    [
        "[", "](/works/)", "](https://example.org/)", "![", "](/a.png)", "]", "[@met]", "*", "**", "_", "`", "<https://example.org/>",
        "> ", "- ", "1. ", "\n", "\n\n", "    ", "#", "&amp;", "&#x1b;", "\\", "\"", "<b>", "[x]", "\n[x]: /works/\n", " text ", "é",
    ];

    [Fact]
    public async Task Random_markdown_is_reported_in_its_own_file_or_builds()
    {
        var random = new Random(16);
        using var site = TestSite.Create();
        var pages = 0;
        for (var attempt = 0; attempt < 400 && pages < 60; attempt++)
        {
            var body = string.Concat(Enumerable.Range(0, random.Next(4, 24)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var document = MarkdownDepth.Parse(body, out _);

            // Pages whose Markdown is refused where it is read never reach the renderer; keep those that do.
            if (document is not null && !MarkdownChecks.Check(document, (l, c) => new("p.md", l + 1, c + 1)).Any())
            {
                site.With($"input/pages/fuzz-{pages++}.md", "---\ntitle: T\ndescription: D\n---\n" + body + "\n");
            }
        }

        var result = await site.BuildAsync();

        Assert.True(pages >= 40);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("input/pages/fuzz-", d.Span.Path, StringComparison.Ordinal));
    }
}
