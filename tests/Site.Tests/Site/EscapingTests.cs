using Site.Tests.Support;

namespace Site.Tests.Site;

/// <summary>Everything that comes from YAML is shown as text, never interpreted as markup.</summary>
public sealed class EscapingTests
{
    private const string Hostile = "<script>alert(\"x\")</script>";

    [Fact]
    public async Task Renders_markup_and_quotes_in_names_facts_and_quotes_as_text()
    {
        // Given a site whose seed, person name, fact, quote, outlet and disputed answer all contain a script tag and double quotes
        using var site = TestSite.Create()
            .With("seeds/one.txt", TestSite.SeedText + $"\nShe wrote {Hostile} on a \"sign\".\n")
            .With("input/people.yaml", $$"""
                - id: ann
                  name: 'Ann {{Hostile}}'
                  relation: 'Bob''s "wife"'
                  citations: [{ source: one, quote: They married in 1988. }]
                - id: bob
                  name: Bob
                  relation: Ann's husband
                  citations: [{ source: one, quote: They married in 1988. }]
                """)
            .With("input/facts/all.yaml", $$"""
                - id: met
                  statement: 'She wrote {{Hostile}} on a "sign".'
                  about: [ann, bob, the-film]
                  date: 1987
                  citations:
                    - { source: one, quote: 'She wrote {{Hostile}} on a "sign".' }
                    - { source: one, quote: The couple met on a film set in 1987. }
                  claim: { key: sign, value: 'a "sign"' }
                - id: married
                  statement: They married.
                  about: [ann, bob]
                  citations: [{ source: one, quote: They married in 1988. }]
                  claim: { key: sign, value: 'no sign' }
                """)
            .With("input/claims.yaml", """
                - id: sign
                  question: What did she write on?
                """)
            .With("input/sources.yaml", $$"""
                - id: one
                  seed: one.txt
                  date: 2020-05-01
                  outlets: [{ name: '{{Hostile}}', quote: 'She wrote {{Hostile}} on a "sign".' }]
                  summary: The only article.
                """)
            .With("input/quotes.yaml", $$"""
                - id: happy
                  speakers: [ann]
                  text: 'She wrote {{Hostile}} on a "sign".'
                  source: one
                  context: '"Quoted" {{Hostile}}'
                """);

        // When it is built
        var result = await site.BuildAsync();

        // Then no page has a script element, and the hostile text shows as literal text
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(result.Formatter.Format)));
        foreach (var page in new[] { "people/ann/index.html", "quotes/index.html", "sources/one/index.html", "timeline/index.html", "people/index.html", "disputes/index.html" })
        {
            var document = site.Page(page);
            Assert.Empty(document.QuerySelectorAll("script:not([type='application/ld+json'])"));
            Assert.All(document.QuerySelectorAll("script[type='application/ld+json']"), s => System.Text.Json.JsonDocument.Parse(s.TextContent).Dispose());
            Assert.Contains(Hostile, document.Body!.TextContent, StringComparison.Ordinal);
        }

        Assert.Contains("Ann " + Hostile, site.Page("people/ann/index.html").QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bob's \"wife\"", site.Page("people/ann/index.html").QuerySelector(".lede")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ann " + Hostile, site.Page("people/ann/index.html").Title, StringComparison.Ordinal);
        var personData = site.Page("people/ann/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.Equal("Ann " + Hostile, System.Text.Json.JsonDocument.Parse(personData).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Raw_html_in_markdown_pages_is_shown_as_text()
    {
        using var site = TestSite.Create()
            .With("input/pages/about.md", $"---\ntitle: About\ndescription: About the site.\n---\nHello {Hostile} and <b>bold</b>.\n");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded);
        var page = site.Page("about/index.html");
        Assert.Empty(page.QuerySelectorAll("script, b"));
        Assert.Contains(Hostile, page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
    }
}
