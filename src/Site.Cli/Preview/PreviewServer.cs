using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Site.Cli.Preview;

/// <summary>
/// Serves the output folder on the loopback interface only, to loopback host names only, with live reload: HTML pages
/// get a small script that listens for rebuilds. Nothing outside the output folder is ever served.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private const string PreviewPrefix = "__preview/";

    /// <summary>The preview's own pages run only its script, from this origin, and its event stream.</summary>
    private const string PreviewPagePolicy = "default-src 'none'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

    private readonly WebApplication _app;
    private readonly StaticFiles _files;
    private readonly LiveReload _live;
    private readonly string _basePath;
    private readonly byte[] _script;
    private readonly bool _injectLiveReload;

    private PreviewServer(WebApplication app, StaticFiles files, LiveReload live, string basePath, bool injectLiveReload)
    {
        _injectLiveReload = injectLiveReload;
        _app = app;
        _files = files;
        _live = live;
        _basePath = basePath;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Site.Cli.Preview.live.js")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        _script = memory.ToArray();
    }

    /// <summary>
    /// Cancelled when the host stops the server: on Ctrl+C, and on SIGTERM from <c>kill</c> or a service manager, which
    /// the host catches in place of the runtime's default of ending the process.
    /// </summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>The address the server listens on, such as <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; private set; } = default!;

    /// <summary>Starts serving <paramref name="outputFolder"/> on 127.0.0.1; port 0 picks a free port.</summary>
    /// <param name="outputFolder">The folder to serve.</param>
    /// <param name="basePath">The path the site is served under.</param>
    /// <param name="port">The port, or 0 for any free one.</param>
    /// <param name="live">The rebuild events open tabs follow.</param>
    /// <param name="injectLiveReload">False to serve every file exactly as it is on disk, as a static host would.</param>
    public static async Task<PreviewServer> StartAsync(string outputFolder, string basePath, int port, LiveReload live, bool injectLiveReload = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new PreviewServer(app, new StaticFiles(outputFolder, basePath), live, basePath, injectLiveReload);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!IsLoopbackHost(context.Request.Host))
        {
            // A page on another site can point its own host name at 127.0.0.1 (DNS rebinding) and read the preview as
            // if it were its own origin; its requests still carry its host name, so nothing is served to them.
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = StaticFiles.ContentType(".txt");
            await context.Response.WriteAsync("This preview answers only to localhost, 127.0.0.1 and [::1].\n");
            return;
        }

        var path = context.Request.Path.Value ?? "/";
        if (path == "/" && _basePath != "/")
        {
            context.Response.Redirect(_basePath);
            return;
        }

        if (path == _basePath + PreviewPrefix + "events")
        {
            await StreamEventsAsync(context, int.TryParse(context.Request.Query["version"], out var version) ? version : null);
            return;
        }

        if (path == _basePath + PreviewPrefix + "live.js")
        {
            context.Response.ContentType = StaticFiles.ContentType(".js");
            await context.Response.Body.WriteAsync(_script);
            return;
        }

        // Kestrel decodes the path but keeps %2F; the raw target is checked as well, so no encoding slips past.
        var raw = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? path;
        var file = raw.Contains("..", StringComparison.Ordinal) || raw.Contains("%2e", StringComparison.OrdinalIgnoreCase)
            || raw.Contains("%5c", StringComparison.OrdinalIgnoreCase) || raw.Contains("%00", StringComparison.Ordinal)
            ? null
            : _files.Find(path);
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = _files.NotFoundPage;
            if (file is null)
            {
                if (_injectLiveReload)
                {
                    await SendNotFoundPageAsync(context);
                }

                return;
            }
        }

        await SendFileAsync(context, file);
    }

    private async Task SendFileAsync(HttpContext context, string file)
    {
        context.Response.ContentType = StaticFiles.ContentType(file);
        context.Response.Headers.CacheControl = "no-store";
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file);
        }
        catch (IOException)
        {
            // The output folder is swapped whole on a rebuild; a request that lands mid-swap gets a retry hint, and a tab
            // that reloaded into it, which would otherwise be left blank, asks again by itself.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
            if (_injectLiveReload && file.EndsWith(".html", StringComparison.Ordinal))
            {
                await SendPreviewPageAsync(context, "Rebuilding", "The site is being rebuilt; this page loads again in a moment.", null, retry: true);
            }

            return;
        }

        if (_injectLiveReload && file.EndsWith(".html", StringComparison.Ordinal))
        {
            bytes = Encoding.UTF8.GetBytes(WithLiveReload(Encoding.UTF8.GetString(bytes)));
        }

        await context.Response.Body.WriteAsync(bytes);
    }

    /// <summary>
    /// Adds the live-reload script, served from this origin so that the page's own Content-Security-Policy, which is
    /// left exactly as it is, allows it and its event stream (<c>script-src 'self'</c>, <c>connect-src 'self'</c>).
    /// </summary>
    private string WithLiveReload(string html)
    {
        var script = LiveReloadScript();
        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return end < 0 ? html + script : html.Insert(end, script);
    }

    /// <summary>The script tag; the version of the site it was served from lets it catch a rebuild that finished while it loaded.</summary>
    private string LiveReloadScript() =>
        $"<script src=\"{_basePath}{PreviewPrefix}live.js\" data-base=\"{_basePath}\" data-version=\"{_live.Version}\"></script>";

    /// <summary>
    /// The preview's own page for an address the site has no page for, when it has no 404 page either (as before its
    /// first successful build): it shows the last build's errors, if any, and reloads by itself after the next rebuild.
    /// </summary>
    private Task SendNotFoundPageAsync(HttpContext context)
    {
        var failure = _live.LastFailure;
        return failure is null
            ? SendPreviewPageAsync(context, "No page here", "The site has no page at this address. The preview reloads this page after every rebuild.", null, retry: false)
            : SendPreviewPageAsync(context, "The site did not build", "Fix these errors and save; the preview reloads this page once the site builds.", failure, retry: false);
    }

    /// <summary>
    /// A page of the preview's own, under its own strict policy, with the live-reload script; <paramref name="errors"/>
    /// are shown as text, and <paramref name="retry"/> makes the browser load the address again after a second.
    /// </summary>
    private async Task SendPreviewPageAsync(HttpContext context, string title, string message, string? errors, bool retry)
    {
        var details = errors is null ? string.Empty : $"<pre>{WebUtility.HtmlEncode(errors)}</pre>";
        var refresh = retry ? "<meta http-equiv=\"refresh\" content=\"1\">" : string.Empty;
        context.Response.ContentType = StaticFiles.ContentType(".html");
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentSecurityPolicy = PreviewPagePolicy;
        await context.Response.WriteAsync($"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8">{refresh}<title>Preview: {title}</title></head>
            <body><main><h1>{title}</h1><p>{message}</p>{details}</main>{LiveReloadScript()}</body>
            </html>

            """);
    }

    /// <summary>
    /// Accepts only the names of this computer's loopback interface, as a browser sends them for a preview address:
    /// <c>localhost</c>, an address in 127.0.0.0/8, or <c>[::1]</c>, with any port. An address literal cannot be a
    /// name that another site's DNS points here. ASP.NET Core's host filtering matches names and subdomains only, not
    /// an address range, so the check is done here.
    /// </summary>
    internal static bool IsLoopbackHost(HostString host)
    {
        if (!host.HasValue)
        {
            return false;
        }

        var name = host.Host;
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var literal = name.StartsWith('[') && name.EndsWith(']') ? name[1..^1] : name;
        return IPAddress.TryParse(literal, out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>
    /// Streams rebuild events to one tab until it goes or the server stops. The stream ends as soon as the server starts
    /// stopping: the server waits for every response to end before it stops, so an open tab would otherwise hold Ctrl+C
    /// up for the whole of the host's shutdown timeout.
    /// </summary>
    private async Task StreamEventsAsync(HttpContext context, int? seenVersion)
    {
        using var open = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, Stopping);
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        try
        {
            await context.Response.WriteAsync(": connected\n\n", open.Token);
            await context.Response.Body.FlushAsync(open.Token);
            await foreach (var message in _live.Subscribe(seenVersion, open.Token).ReadAllAsync(open.Token))
            {
                await context.Response.WriteAsync(message, open.Token);
                await context.Response.Body.FlushAsync(open.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab was closed or the server is stopping.
        }
    }
}
