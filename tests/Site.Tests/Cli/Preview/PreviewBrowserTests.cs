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

    /// <summary>Starts the preview of this test's site and opens a tab that records every console error and policy violation.</summary>
    private async Task<IPage> OpenPreviewAsync()
    {
        var options = new CommandOptions(_site.Root, null, null, false, RepoPaths.Theme);
        _session = await PreviewSession.StartAsync(options, port: 0, TextWriter.Null, TextWriter.Null);
        _context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _session.Server.Address.ToString().TrimEnd('/') });

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
