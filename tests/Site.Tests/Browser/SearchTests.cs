using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>Search finds facts as you type, and is usable from the keyboard.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SearchTests(BrowserFixture fixture)
{
    private const string WhereTheyMet = "Two articles say they met while making Lemon Sky: one in its own words, the other reporting what Kyra said on Conan.";

    [Fact]
    public async Task Searching_lemon_sky_shows_the_fact_about_where_they_met()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search/");

        await page.FillAsync("#q", "Lemon Sky");

        var results = page.Locator("#search-results a");
        await results.First.WaitForAsync();
        Assert.Contains(WhereTheyMet, await page.InnerTextAsync("#search-results"), StringComparison.Ordinal);
        Assert.Matches(@"^\d+ results\.$", await page.InnerTextAsync("#search-status"));
        Assert.True(await page.IsHiddenAsync("#search-all"));
    }

    [Fact]
    public async Task Arrow_keys_move_through_results_and_enter_opens_the_exact_fact()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search/");
        await page.FillAsync("#q", "lemon sky met making");
        await page.Locator("#search-results a").First.WaitForAsync();
        Assert.Equal(1, await page.Locator("#search-results a").CountAsync());
        await page.FillAsync("#q", "Lemon Sky");
        await page.Locator("#search-results li:nth-child(3)").WaitForAsync();

        await page.Keyboard.PressAsync("ArrowDown");
        var first = await FocusedTextAsync(page);
        await page.Keyboard.PressAsync("ArrowDown");
        var second = await FocusedTextAsync(page);
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(first, await FocusedTextAsync(page));
        Assert.NotEqual(first, second);
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.FillAsync("#q", "lemon sky met making");
        await page.Locator("#search-results a").First.WaitForAsync();
        Assert.EndsWith("/people/kevin-bacon/#fact-met-on-lemon-sky", await page.Locator("#search-results a").First.GetAttributeAsync("href"), StringComparison.Ordinal);
        var navigated = page.WaitForURLAsync("**/people/kevin-bacon/#fact-met-on-lemon-sky");
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.Contains(WhereTheyMet, await page.InnerTextAsync("#fact-met-on-lemon-sky"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_javascript_the_search_page_lists_everything_grouped()
    {
        var page = await fixture.NewPageAsync(javaScript: false);

        await page.GotoAsync("/search/");

        Assert.True(await page.IsHiddenAsync("#search-form"));
        var headings = await page.Locator("#search-all h2").AllInnerTextsAsync();
        Assert.Equal(["Facts", "Quotes", "People", "Works", "Sources"], headings.Select(h => h.Split(' ', '\n')[0]));
        Assert.Contains(WhereTheyMet, await page.InnerTextAsync("#search-all"), StringComparison.Ordinal);
    }

    private static Task<string> FocusedTextAsync(IPage page) => page.EvaluateAsync<string>("document.activeElement.textContent");
}
