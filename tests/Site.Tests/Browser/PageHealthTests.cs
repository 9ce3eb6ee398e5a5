using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>Every page loads cleanly in a real browser, fits a phone and a desktop, and works without JavaScript.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PageHealthTests(BrowserFixture fixture)
{
    /// <summary>The site's published address (<c>base_url</c>), which share cards are named under.</summary>
    private const string Published = "https://example.github.io/bacon-sedgwick/";

    [Fact]
    public async Task Every_page_loads_with_no_console_errors_and_no_failed_requests()
    {
        var page = await fixture.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"{page.Url}: console: {message.Text}");
            }
        };
        page.RequestFailed += (_, request) => problems.Add($"{page.Url}: failed request {request.Url}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"{page.Url}: {response.Status} for {response.Url}");
            }
        };

        foreach (var path in fixture.Pages)
        {
            await page.GotoAsync(path);
            if (path == "/search/")
            {
                // The search page fetches its index after load; wait for it so a failure there is seen.
                await page.Locator("#search-form:not([hidden])").WaitForAsync();
                await page.FillAsync("#q", "Connescence");
                await page.Locator("#search-results a").First.WaitForAsync();
            }
        }

        Assert.True(fixture.Pages.Count > 50);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task No_page_scrolls_sideways(int width)
    {
        var page = await fixture.NewPageAsync(width);
        var overflowing = new List<string>();
        foreach (var path in fixture.Pages)
        {
            await page.GotoAsync(path);
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (scrollWidth > width)
            {
                overflowing.Add($"{path} is {scrollWidth}px wide");
            }
        }

        Assert.Empty(overflowing);
    }

    [Theory]
    [InlineData("/", "Kevin Bacon & Kyra Sedgwick")]
    [InlineData("/works/connescence/", "Stan Olszewski")]
    [InlineData("/timeline/", "They married in 1988.")]
    [InlineData("/search/", "Two articles say they met while making Lemon Sky: one in its own words, the other reporting what Kyra said on Conan.")]
    public async Task Pages_show_their_content_with_javascript_off(string path, string text)
    {
        var page = await fixture.NewPageAsync(javaScript: false);

        await page.GotoAsync(path);

        Assert.Contains(text, await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_icon_and_the_share_card_each_page_names_are_served_as_images()
    {
        // Given each page's icons, and its share card at its place under the site's published address
        var page = await fixture.NewPageAsync();
        var images = new SortedSet<string>(StringComparer.Ordinal) { "/favicon.ico" };
        foreach (var path in fixture.Pages)
        {
            await page.GotoAsync(path);
            foreach (var href in await page.EvalOnSelectorAllAsync<string[]>("link[rel=icon]", "links => links.map(l => l.getAttribute('href'))"))
            {
                images.Add(href);
            }

            var card = await page.EvalOnSelectorAllAsync<string[]>("meta[property='og:image']", "metas => metas.map(m => m.content)");
            images.UnionWith(card.Select(url => "/" + url[Published.Length..]));
        }

        // When the browser asks for each, then each is there, as an image
        var problems = new List<string>();
        foreach (var image in images)
        {
            var response = await page.APIRequest.GetAsync(image);
            if (response.Status != 200 || !response.Headers["content-type"].StartsWith("image/", StringComparison.Ordinal))
            {
                problems.Add($"{image}: {response.Status} {response.Headers.GetValueOrDefault("content-type")}");
            }
        }

        Assert.Contains("/cards/people/kyra-sedgwick.png", images);
        Assert.True(images.Count > 40, $"only {images.Count} images");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Keeps_screenshots_of_key_pages_at_phone_and_desktop_widths()
    {
        foreach (var width in new[] { 390, 1280 })
        {
            var page = await fixture.NewPageAsync(width);
            foreach (var (path, name) in new[] { ("/", "home"), ("/works/connescence/", "work"), ("/timeline/", "timeline") })
            {
                await page.GotoAsync(path);
                var file = Path.Combine(BrowserFixture.Screenshots, $"{name}-{width}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 10_000);
            }
        }
    }
}
