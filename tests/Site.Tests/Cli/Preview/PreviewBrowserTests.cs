using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Site.Cli;
using Site.Cli.Preview;
using Site.Tests.Browser;
using Site.Tests.Support;

namespace Site.Tests.Cli.Preview;

/// <summary>In a real browser, the preview's error overlay and reloads work under the pages' own Content-Security-Policy.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PreviewBrowserTests(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly TestSite _site = TestSite.Create();
    private readonly List<string> _problems = [];
    private PreviewSession? _session;
    private IBrowserContext? _context;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        _site.Dispose();
    }

    [Fact]
    public async Task Started_on_broken_content_the_browser_shows_the_errors_as_text_then_the_site_once_fixed()
    {
        // Given content that does not build, and no output yet
        _site.With("input/facts/all.yaml", PreviewFacts.Broken);
        var page = await OpenPreviewAsync();

        // When the browser opens the preview, it shows the errors, as text, in the overlay
        await page.GotoAsync("/");
        var overlay = page.Locator("#preview-errors");
        await overlay.WaitForAsync();
        Assert.Contains("error SG0106", await overlay.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", await overlay.InnerTextAsync(), StringComparison.Ordinal);

        // When the content is fixed, the page reloads by itself and shows the site
        _site.With("input/facts/all.yaml", PreviewFacts.Good);
        await page.WaitForFunctionAsync("() => document.title.includes('Test Site') && !document.getElementById('preview-errors')");

        // And nothing was refused by a policy, and no error was logged
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task On_a_page_with_the_themes_policy_the_overlay_appears_and_goes_with_no_violation()
    {
        // Given a page of the built site, with the theme's Content-Security-Policy
        var page = await OpenPreviewAsync();
        await page.GotoAsync("/people/ann/");
        Assert.Equal(1, await page.Locator("meta[http-equiv='Content-Security-Policy']").CountAsync());

        // When an edit breaks the build, the overlay appears on the page
        _site.With("input/facts/all.yaml", PreviewFacts.Broken);
        var overlay = page.Locator("#preview-errors");
        await overlay.WaitForAsync();
        Assert.Contains("error SG0106", await overlay.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("fixed", await overlay.EvaluateAsync<string>("box => getComputedStyle(box).position"));

        // When it is fixed, the page reloads with the edit and without the overlay
        _site.With("input/facts/all.yaml", PreviewFacts.Good);
        await page.WaitForFunctionAsync("() => document.body.innerText.includes('They met on the set of a film.')");
        Assert.Equal(0, await overlay.CountAsync());

        // And nothing was refused by the page's policy, and no error was logged
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task The_overlay_has_a_close_button_that_takes_the_focus_and_works_from_the_keyboard()
    {
        // Given a page of the built site, with the theme's Content-Security-Policy, and an edit that breaks the build
        var page = await OpenPreviewAsync();
        await page.GotoAsync("/people/ann/");
        _site.With("input/facts/all.yaml", PreviewFacts.Broken);
        var overlay = page.Locator("#preview-errors");
        await overlay.WaitForAsync();

        // Then the focus is on its close button, which axe finds nothing wrong with, nor with the rest of the overlay
        var close = overlay.GetByRole(AriaRole.Button, new() { Name = "Close" });
        Assert.True(await close.EvaluateAsync<bool>("button => button === document.activeElement"));
        var results = await page.RunAxe(new AxeRunContext { Include = [new AxeSelector("#preview-errors")] });
        Assert.Empty(results.Violations.Select(v => $"{v.Id}: {v.Help}"));

        // When Enter is pressed, the overlay closes and the page is readable again
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(0, await overlay.CountAsync());

        // When the next broken build comes, the overlay is back, and Escape closes it too
        _site.With("input/facts/all.yaml", PreviewFacts.Broken.Replace("They met", "They first met", StringComparison.Ordinal));
        await overlay.WaitForAsync();
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal(0, await overlay.CountAsync());

        // And nothing was refused by the page's policy, and no error was logged
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task On_a_phone_the_overlays_markers_stay_under_the_characters_they_mark()
    {
        // Given a phone-sized tab on a page of the site, and an edit that breaks the build far to the right of its line
        var page = await OpenPreviewAsync(width: 390);
        await page.GotoAsync("/people/ann/");
        _site.With("input/facts/all.yaml", PreviewFacts.Good.Replace("the-film]", "the-film, someone-the-articles-never-name]", StringComparison.Ordinal));
        var overlay = page.Locator("#preview-errors");
        await overlay.WaitForAsync();

        // Then the caret line's first marker is straight below the character it marks, on the very next line
        var measured = await overlay.EvaluateAsync<double[]>("""
            overlay => {
              const pre = [...overlay.querySelectorAll("pre")].find(block => block.textContent.includes("^"));
              const text = pre.firstChild, lines = text.data.split("\n");
              const caretLine = lines.findIndex(line => /^ +\| +\^/.test(line));
              const start = index => lines.slice(0, index).reduce((length, line) => length + line.length + 1, 0);
              const column = lines[caretLine].indexOf("^");
              const charBox = offset => { const range = document.createRange(); range.setStart(text, offset); range.setEnd(text, offset + 1); return range.getBoundingClientRect(); };
              const marker = charBox(start(caretLine) + column), marked = charBox(start(caretLine - 1) + column);
              return [marker.left, marked.left, marker.top - marked.top, parseFloat(getComputedStyle(pre).lineHeight)];
            }
            """);
        var (markerLeft, markedLeft, drop, lineHeight) = (measured[0], measured[1], measured[2], measured[3]);
        Assert.Equal(markedLeft, markerLeft, 0.5);
        Assert.Equal(lineHeight, drop, 0.5);

        // And every other line of the errors wraps within the overlay, so that none of its words is cut off
        Assert.True(await overlay.EvaluateAsync<bool>("""
            box => [...box.querySelectorAll("div > div")].every(line => line.scrollWidth <= line.clientWidth)
            """));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "preview-errors-390.png") });

        // And the page itself does not scroll sideways: only the errors' box does
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"));
        Assert.Empty(_problems);
    }

    /// <summary>Starts the preview of this test's site and opens a tab that records every console error and policy violation.</summary>
    private async Task<IPage> OpenPreviewAsync(int width = 1280)
    {
        var options = new CommandOptions(_site.Root, null, null, false, RepoPaths.Theme);
        _session = await PreviewSession.StartAsync(options, port: 0, TextWriter.Null, TextWriter.Null);
        _context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _session.Server.Address.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = width, Height = 844 },
        });

        // Scripts added by the browser's driver are not subject to the page's policy, so this one sees every violation.
        await _context.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
        var page = await _context.NewPageAsync();
        page.Console += (_, message) =>
        {
            // A missing page is answered with a 404, which the browser logs; that is the preview's answer, not a fault.
            if (message.Type == "error" && !message.Text.Contains("404", StringComparison.Ordinal))
            {
                lock (_problems)
                {
                    _problems.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_problems)
            {
                _problems.Add(error);
            }
        };
        return page;
    }
}
