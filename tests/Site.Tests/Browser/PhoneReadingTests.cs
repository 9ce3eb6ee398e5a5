namespace Site.Tests.Browser;

/// <summary>On a phone, nothing is cut off, the filmography is cards, and each citation is a comfortable target that shows its quote in place.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PhoneReadingTests(BrowserFixture fixture)
{
    /// <summary>
    /// Every visible element whose content is wider than its box, except scroll containers that can take the keyboard's
    /// focus, which scroll on purpose; each described by its tag, class and start of its text.
    /// </summary>
    private const string CutOff = """
        () => [...document.body.querySelectorAll('*')]
          .filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth)
          .filter(e => !(['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.tabIndex >= 0))
          .map(e => `<${e.tagName.toLowerCase()} class="${e.className}"> ${e.scrollWidth}px in ${e.clientWidth}px: ${e.textContent.trim().slice(0, 40)}`)
        """;

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task No_element_on_any_page_is_wider_inside_than_its_box(int width)
    {
        var page = await fixture.NewPageAsync(width);
        var cut = new List<string>();
        foreach (var path in fixture.Pages)
        {
            await page.GotoAsync(path);
            cut.AddRange((await page.EvaluateAsync<string[]>(CutOff)).Select(e => $"{path}: {e}"));
        }

        Assert.True(fixture.Pages.Count > 50);
        Assert.Empty(cut);
    }

    [Fact]
    public async Task A_phone_shows_the_filmography_as_cards_with_credits_and_a_desktop_as_a_table()
    {
        var phone = await fixture.NewPageAsync(390);
        var desktop = await fixture.NewPageAsync(1280);

        await phone.GotoAsync("/works/");
        await desktop.GotoAsync("/works/");

        Assert.True(await phone.IsHiddenAsync("table.works"));
        var card = phone.Locator(".works-cards .card.together", new() { HasText = "Lemon Sky" });
        Assert.True(await card.IsVisibleAsync());
        Assert.Contains("Both of them", await card.Locator(".badge").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Kevin Bacon (acted", await card.Locator(".card-credits").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await desktop.IsVisibleAsync("table.works"));
    }

    [Fact]
    public async Task Each_citation_is_at_least_24_px_and_shows_its_quote_and_article_in_place_without_javascript()
    {
        var page = await fixture.NewPageAsync(390, javaScript: false);
        await page.GotoAsync("/couple/");
        var buttons = page.Locator("sup.cite button");
        var small = new List<string>();
        foreach (var button in await buttons.AllAsync())
        {
            var box = (await button.BoundingBoxAsync())!;
            if (box.Width < 24 || box.Height < 24)
            {
                small.Add($"{await button.InnerTextAsync()}: {box.Width}x{box.Height}");
            }
        }

        Assert.True(await buttons.CountAsync() > 20);
        Assert.Empty(small);

        // When the reader taps the first citation, its note opens on the same page
        var first = buttons.First;
        var note = page.Locator("#" + await first.GetAttributeAsync("popovertarget"));
        Assert.True(await note.IsHiddenAsync());
        var address = page.Url;
        await first.ClickAsync();

        // Then it shows the quoted words, the article's name and a link to the passage, and Escape closes it
        Assert.True(await note.IsVisibleAsync());
        Assert.Equal(address, page.Url);
        Assert.False(string.IsNullOrWhiteSpace(await note.Locator("q").First.InnerTextAsync()));
        var link = note.Locator("a");
        Assert.False(string.IsNullOrWhiteSpace(await link.InnerTextAsync()));
        Assert.Matches("^/sources/[a-z0-9-]+/#fact-", await link.GetAttributeAsync("href") ?? string.Empty);
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await note.IsHiddenAsync());
    }

    [Fact]
    public async Task The_timeline_jumps_to_a_year_from_the_list_at_its_top()
    {
        var page = await fixture.NewPageAsync(390);
        await page.GotoAsync("/timeline/");

        await page.ClickAsync("nav.jump a[href='#year-2017']");

        Assert.EndsWith("#year-2017", page.Url, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("Math.abs(document.getElementById('year-2017').getBoundingClientRect().top) < 5"));
    }
}
