using Site.Engine.Diagnostics;
using Site.Engine.Rendering;

namespace Site.Engine.Checking;

/// <summary>
/// The check stage: reads every rendered page with AngleSharp's tokenizer (<see cref="PageScanner"/>) and fails the
/// build on malformed HTML, duplicate ids, and links to pages, files or anchors the site does not have.
/// </summary>
public static class SiteChecker
{
    private const string OutputFolder = "output";

    /// <summary>
    /// Checks <paramref name="files"/>; problems go to <paramref name="diagnostics"/>, positioned where a fan can fix them:
    /// at the Markdown line for a link written in a Markdown page (<paramref name="markdownLinks"/>), else in the output file.
    /// </summary>
    public static void Check(IReadOnlyList<RenderedFile> files, SiteUrls urls, DiagnosticBag diagnostics,
        IReadOnlyDictionary<(string OutputPath, string Href), SourceSpan>? markdownLinks = null)
    {
        var html = files.Where(f => f.IsHtml).ToArray();
        var pages = new PageLinks[html.Length];
        Parallel.For(0, html.Length, i => pages[i] = PageScanner.Scan(html[i].OutputPath, html[i].Text(), diagnostics));
        var known = files.Select(f => f.OutputPath).ToHashSet(StringComparer.Ordinal);
        var idsByPath = pages.ToDictionary(p => p.OutputPath, p => p.Ids, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var link in page.Links)
            {
                var origin = markdownLinks?.GetValueOrDefault((page.OutputPath, link.Href))
                    ?? new SourceSpan(ShownPath(page.OutputPath), link.Line, link.Column);
                CheckLink(page, link.Href, origin, urls, known, idsByPath, diagnostics);
            }
        }
    }

    /// <summary>How diagnostics name a generated file: by its path under the default output folder.</summary>
    internal static string ShownPath(string outputPath) => $"{OutputFolder}/{outputPath}";

    private static void CheckLink(PageLinks page, string href, SourceSpan span, SiteUrls urls, HashSet<string> known,
        Dictionary<string, HashSet<string>> idsByPath, DiagnosticBag diagnostics)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? href : href[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(href[(hash + 1)..]);
        var target = path.Length == 0 ? page.OutputPath : Resolve(page.OutputPath, path, urls);
        if (target is null || !known.Contains(target))
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
    private static string? Resolve(string fromOutputPath, string path, SiteUrls urls)
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
