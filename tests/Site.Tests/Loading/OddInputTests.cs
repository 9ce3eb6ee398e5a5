using Site.Tests.Support;

namespace Site.Tests.Loading;

/// <summary>Strange but possible YAML gives diagnostics; it never crashes the build.</summary>
public sealed class OddInputTests
{
    public static TheoryData<string, string> Inputs() => new()
    {
        { "input/facts/all.yaml", "- ? [a, b]\n  : c\n" },
        { "input/facts/all.yaml", "- id: [met]\n  statement: { a: b }\n" },
        { "input/facts/all.yaml", "- id: met\n  statement: x\n  about: [[ann]]\n  citations: [1, 2]\n" },
        { "input/facts/all.yaml", "- - - deep\n" },
        { "input/facts/all.yaml", "--- \n- id: a\n---\n- id: b\n" },
        { "input/facts/all.yaml", "!!binary aGVsbG8=\n" },
        { "input/facts/all.yaml", "- id: met\n  claim: yes\n" },
        { "input/site.yaml", "- just\n- a list\n" },
        { "input/site.yaml", "title: T\ndescription: D\nlanguage: en\nbase_url: https://x.org/\ncouple: []\n" },
        { "input/pages/couple.md", "---\n---\n" },
        { "input/pages/couple.md", "---\ntitle: [a]\ndescription: d\n---\n[@]\n[@-]\n[link](</nowhere/>)\n" },
        { "input/quotes.yaml", "- id: q\n  speakers: ann\n  text: 12\n  source: [one]\n  context: c\n" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Odd_yaml_gives_diagnostics_and_never_throws(string path, string text)
    {
        using var site = TestSite.Create().With(path, text);

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.Matches(@"^SG\d{4}$", d.Code));
        Assert.All(result.Diagnostics, d => Assert.True(d.Span.Line >= 1 && d.Span.Column >= 1, $"{d.Code} at {d.Span}"));
    }
}
