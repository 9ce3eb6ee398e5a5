using System.Collections.Concurrent;
using Site.Engine.Diagnostics;
using Site.Engine.Rendering;

namespace Site.Engine.Checking;

/// <summary>
/// The check stage: reads each rendered page with AngleSharp's tokenizer (<see cref="PageScanner"/>) as soon as it is
/// rendered, then checks the links between pages once all are read. It fails the build on malformed HTML, duplicate
/// ids, and links to pages, files or anchors the site does not have.
/// </summary>
/// <param name="urls">The site's addresses, to resolve links with.</param>
/// <param name="diagnostics">Where problems go.</param>
/// <param name="markdownLinks">
/// Where each link in a Markdown page was written, by output file and rendered address: a broken one is reported at
/// that Markdown line, where a fan can fix it, rather than in the output file.
/// </param>
public sealed class SiteChecker(SiteUrls urls, DiagnosticBag diagnostics,
    IReadOnlyDictionary<(string OutputPath, string Href), SourceSpan>? markdownLinks = null)
{
    private const string OutputFolder = "output";

    private readonly ConcurrentDictionary<string, byte> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<PageLinks> _pages = [];

    /// <summary>
    /// Records that the site has the file at <paramref name="outputPath"/>, and reads it when it is a page
    /// (<paramref name="html"/> not null). Safe to call from several threads at once.
    /// </summary>
    public void Add(string outputPath, string? html)
    {
        _known.TryAdd(outputPath, 0);
        if (html is not null)
        {
            _pages.Add(PageScanner.Scan(outputPath, html, diagnostics));
        }
    }

    /// <summary>Checks every link of the pages read against the files added and the ids of the pages.</summary>
    public void CheckLinks()
    {
        var idsByPath = _pages.ToDictionary(p => p.OutputPath, p => p.Ids, StringComparer.Ordinal);
        foreach (var page in _pages)
        {
            foreach (var link in page.Links)
            {
                var origin = markdownLinks is not null && markdownLinks.TryGetValue((page.OutputPath, link.Href), out var written)
                    ? written
                    : new SourceSpan(ShownPath(page.OutputPath), link.Line, link.Column);
                CheckLink(page, link.Href, origin, idsByPath);
            }
        }
    }

    /// <summary>How diagnostics name a generated file: by its path under the default output folder.</summary>
    internal static string ShownPath(string outputPath) => $"{OutputFolder}/{outputPath}";

    private void CheckLink(PageLinks page, string href, SourceSpan span, Dictionary<string, HashSet<string>> idsByPath)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? href : href[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(href[(hash + 1)..]);
        var target = path.Length == 0 ? page.OutputPath : Resolve(page.OutputPath, path);
        if (target is null || !_known.ContainsKey(target))
        {
            diagnostics.Add(Errors.BrokenLink(span, href));
            return;
        }

        if (fragment is { Length: > 0 } && (!idsByPath.TryGetValue(target, out var ids) || !ids.Contains(fragment)))
        {
            diagnostics.Add(Errors.BrokenAnchor(span, href));
        }
    }

    /// <summary>The output file an address points at, or null when it leaves the base path.</summary>
    private string? Resolve(string fromOutputPath, string path)
    {
        path = Uri.UnescapeDataString(path.Split('?')[0]);
        if (!path.StartsWith('/'))
        {
            var folder = "/" + fromOutputPath[..(fromOutputPath.LastIndexOf('/') + 1)];
            path = new Uri(new Uri("http://site" + urls.BasePath + folder.TrimStart('/')), path).AbsolutePath;
        }

        if (!path.StartsWith(urls.BasePath, StringComparison.Ordinal) || path.Contains("/../", StringComparison.Ordinal))
        {
            return null;
        }

        return urls.OutputPath(path);
    }
}
