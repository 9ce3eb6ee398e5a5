using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>axe-core, with the WCAG 2.2 AA rules (target size among them), finds no violations on any page, in light or dark mode.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    /// <summary>One page of each template; colours come from one stylesheet, so these cover every page's colours.</summary>
    private static readonly string[] OnePerTemplate =
    [
        "/", "/couple/", "/timeline/", "/works/", "/works/connescence/", "/people/", "/people/kevin-bacon/",
        "/sources/", "/sources/hello-2024/", "/quotes/", "/disputes/", "/connections/", "/search/", "/404.html",
    ];

    /// <summary>The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA; <c>target-size</c> is one of WCAG 2.2's.</summary>
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Fact]
    public async Task Axe_reports_no_violations_on_any_page()
    {
        // Several tabs at once: most of axe's time is spent waiting on the browser, not on this process.
        var violations = new System.Collections.Concurrent.ConcurrentBag<string>();
        var tabs = fixture.Pages.Chunk((fixture.Pages.Count + 3) / 4).Select(async paths =>
        {
            var page = await fixture.NewPageAsync();
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                var results = await page.RunAxe(Wcag22AA);
                Assert.Contains(results.Passes.Concat(results.Inapplicable).Concat(results.Violations), r => r.Id == "target-size");
                foreach (var violation in results.Violations)
                {
                    violations.Add(Describe(path, violation));
                }
            }
        });

        await Task.WhenAll(tabs);

        Assert.Equal(fixture.Pages.Count, fixture.Pages.Distinct().Count());
        Assert.Empty(violations);
    }

    [Fact]
    public async Task Text_contrast_passes_axe_in_dark_mode_too()
    {
        var page = await fixture.NewPageAsync(scheme: ColorScheme.Dark);
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast"] } };
        var violations = new List<string>();
        foreach (var path in OnePerTemplate)
        {
            await page.GotoAsync(path);
            Assert.Equal("rgb(23, 20, 15)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
            var results = await page.RunAxe(options);
            violations.AddRange(results.Violations.Select(v => Describe(path, v)));
        }

        Assert.Empty(violations);
    }

    private static string Describe(string path, AxeResultItem violation) =>
        $"{path}: {violation.Id} ({violation.Impact}) {violation.Help}: {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html))}";
}
