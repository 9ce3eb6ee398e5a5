using Microsoft.Playwright;
using Site.Cli.Preview;
using Site.Engine;
using Site.Tests.Support;
using Site.Theme;

namespace Site.Tests.Browser;

/// <summary>
/// The real site built once, served on loopback exactly as it is on disk, and Debian's Chromium driven by Playwright.
/// Chromium must be installed (<c>apt-get install -y chromium</c>); Playwright's own browser download is never used.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian installs Chromium.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string _output = Path.Combine(Path.GetTempPath(), "site-browser-" + Guid.NewGuid().ToString("N"), "output");
    private PreviewServer _server = default!;
    private IPlaywright _playwright = default!;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The server's address.</summary>
    public Uri Address => _server.Address;

    /// <summary>Every page's address, relative to the server, such as <c>/works/connescence/</c>.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    /// <summary>Where screenshots go: TestResults/screenshots in the repository, which git ignores.</summary>
    public static string Screenshots { get; } = Path.Combine(RepoPaths.Root, "TestResults", "screenshots");

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"Browser tests need Debian's Chromium at {ChromiumPath}: apt-get install -y chromium");
        var result = await new BuildPipeline(new ThemeRenderer(RepoPaths.Theme)).RunAsync(new BuildOptions(RepoPaths.Root, _output));
        Assert.True(result.Succeeded);
        Pages = Directory.EnumerateFiles(_output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(_output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();
        _server = await PreviewServer.StartAsync(_output, "/", 0, new LiveReload(), injectLiveReload: false);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Args = ChromiumFlags, Headless = true });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A fresh page in a context of the given width, colour scheme and JavaScript setting.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, ColorScheme scheme = ColorScheme.Light, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
            BaseURL = Address.ToString().TrimEnd('/'),
        });
        return await context.NewPageAsync();
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_output)!, recursive: true);
    }
}
