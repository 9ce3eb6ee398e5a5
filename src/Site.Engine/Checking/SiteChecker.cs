using System.Collections.Concurrent;
using Site.Engine.Diagnostics;
using Site.Engine.Linking;
using Site.Engine.Markdown;
using Site.Engine.Rendering;

namespace Site.Engine.Checking;

/// <summary>
/// The check stage: reads each rendered page with AngleSharp's tokenizer (<see cref="PageScanner"/>) as soon as it is
/// rendered, then checks the links between pages once all are read. It fails the build on malformed HTML, duplicate
/// ids, and links to pages, files or anchors the site does not have.
/// </summary>
/// <param name="urls">The site's addresses, to resolve links with.</param>
/// <param name="diagnostics">Where problems go.</param>
/// <param name="planned">
/// The pages the build will add. A link to one of them, without an anchor, is settled as soon as its page is read, and
/// not kept: on a large site most links are of that kind. One written exactly as the page's address is not even
/// collected.
/// </param>
/// <param name="markdownLinks">
/// Every link written in a Markdown page (<see cref="SiteGraph.MarkdownLinks"/>): a broken one is reported at its
/// Markdown line, where a fan can fix it, rather than in the output file.
/// </param>
public sealed class SiteChecker(SiteUrls urls, DiagnosticBag diagnostics, IReadOnlyList<PagePlan> planned, IReadOnlyList<MarkdownLink> markdownLinks)
{
    private const string OutputFolder = "output";

    private readonly Dictionary<(string OutputPath, string Href), SourceSpan> _written = WhereWritten(urls, markdownLinks);

    private readonly ConcurrentDictionary<string, byte> _known = new(planned.Select(p => KeyValuePair.Create(p.OutputPath, (byte)0)), StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _addresses = planned.Select(p => p.Path).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly ConcurrentBag<PageLinks> _pages = [];

    /// <summary>Records that the site has <paramref name="page"/>, and reads it. Safe to call from several threads at once.</summary>
    public void Add(RenderedPage page)
    {
        _known.TryAdd(page.OutputPath, 0);
        var links = PageScanner.Scan(page.OutputPath, page.Html, diagnostics, _addresses);
        links.Links.RemoveAll(link => IsSettled(links, link.Href));
        links.Links.TrimExcess();
        _pages.Add(links);
    }

    /// <summary>
    /// Records that the site has <paramref name="file"/>; an HTML file (among the theme's assets) is read as a page.
    /// Safe to call from several threads at once.
    /// </summary>
    public void Add(RenderedFile file)
    {
        if (file.OutputPath.EndsWith(".html", StringComparison.Ordinal))
        {
            Add(new RenderedPage(file.OutputPath, [RenderedFile.Utf8.GetString(file.Content.Span)]));
        }
        else
        {
            _known.TryAdd(file.OutputPath, 0);
        }
    }

    /// <summary>
    /// Checks every link kept from the pages read against the files added and the ids of the pages; the pages side by
    /// side, since nothing is left to run beside this check (the problems are sorted when they are reported).
    /// </summary>
    public void CheckLinks()
    {
        var idsByPath = _pages.ToDictionary(p => p.OutputPath, p => p.Ids, StringComparer.Ordinal);
        Parallel.ForEach(_pages, page =>
        {
            foreach (var link in page.Links)
            {
                var origin = _written.TryGetValue((page.OutputPath, link.Href), out var written)
                    ? written
                    : new SourceSpan(ShownPath(page.OutputPath), link.Line, link.Column);
                CheckLink(page, link.Href, origin, idsByPath);
            }
        });
    }

    /// <summary>
    /// Where each Markdown link was written, by the output file that shows it and its address as that file holds it;
    /// of two links written alike on one page, the first.
    /// </summary>
    private static Dictionary<(string OutputPath, string Href), SourceSpan> WhereWritten(SiteUrls urls, IReadOnlyList<MarkdownLink> links)
    {
        var written = new Dictionary<(string OutputPath, string Href), SourceSpan>();
        foreach (var link in links)
        {
            written.TryAdd((urls.OutputPath(urls.Prose(link.Page)), MarkdownAddresses.AsWritten(urls.FromMarkdown(link.Url))), link.Span);
        }

        return written;
    }

    /// <summary>How diagnostics name a generated file: by its path under the default output folder.</summary>
    internal static string ShownPath(string outputPath) => $"{OutputFolder}/{outputPath}";

    /// <summary>
    /// True for a link that is known to be good already: one without an anchor to a file the site has or will have, or
    /// one to an anchor on its own page. Every other link is kept, and checked once every page is read.
    /// </summary>
    private bool IsSettled(PageLinks page, string href)
    {
        var (target, fragment) = Split(page, href);
        return target is not null && _known.ContainsKey(target)
            && (fragment is not { Length: > 0 } || (target == page.OutputPath && page.Ids.Contains(fragment)));
    }

    private void CheckLink(PageLinks page, string href, SourceSpan span, Dictionary<string, HashSet<string>> idsByPath)
    {
        var (target, fragment) = Split(page, href);
        if (target is not null && !_known.ContainsKey(target) && target.StartsWith("assets/", StringComparison.Ordinal)
            && span.Path.StartsWith(OutputFolder + "/", StringComparison.Ordinal))
        {
            // The theme links to one of its own assets, which is missing: one problem, at the theme, not one per page.
            diagnostics.Add(Errors.Unreadable(SourceSpan.File("theme/" + target), "the theme's pages link to it, and it is not there",
                "put the file back in the theme's assets folder, or remove the link from the theme's components."));
            return;
        }

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

    /// <summary>The output file a link of <paramref name="page"/> points at (null when it leaves the site), and its anchor.</summary>
    private (string? Target, string? Fragment) Split(PageLinks page, string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? href : href[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(href[(hash + 1)..]);
        return (path.Length == 0 ? page.OutputPath : Resolve(page.OutputPath, path), fragment);
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
