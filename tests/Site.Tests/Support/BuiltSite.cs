using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Site.Tests.Support;

/// <summary>A generated output folder with every page parsed once, for tests that look across the whole site.</summary>
internal sealed class BuiltSite
{
    /// <summary>Reads and parses every file under <paramref name="output"/>.</summary>
    public BuiltSite(string output, string basePath = "/")
    {
        Output = output;
        BasePath = basePath;
        Files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var parser = new HtmlParser();
        Pages = Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f, f => parser.ParseDocument(File.ReadAllText(Path.Combine(output, f))), StringComparer.Ordinal);
    }

    /// <summary>The output folder.</summary>
    public string Output { get; }

    /// <summary>The base path the site was built for.</summary>
    public string BasePath { get; }

    /// <summary>Every generated file, relative to the output folder.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Every page, parsed, by its path relative to the output folder.</summary>
    public IReadOnlyDictionary<string, IHtmlDocument> Pages { get; }

    /// <summary>The output file an internal address points at, or null when it is not internal.</summary>
    public string? Target(string fromPage, string href)
    {
        if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
        {
            return null;
        }

        var path = href.Split('#')[0];
        if (path.Length == 0)
        {
            return fromPage;
        }

        var absolute = new Uri(new Uri("http://site" + BasePath + fromPage), path).AbsolutePath;
        if (!absolute.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return "(outside the base path) " + absolute;
        }

        var relative = absolute[BasePath.Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    /// <summary>
    /// Where each citation in <paramref name="within"/> links to: a citation is a button that opens a note on the page,
    /// which links to the cited passage.
    /// </summary>
    public static List<string> CitationLinks(IHtmlDocument page, AngleSharp.Dom.IElement within) =>
        Citations(page, within).Select(c => c.Href).ToList();

    /// <summary>Each citation in <paramref name="within"/>: where its note links to, and the words it quotes.</summary>
    public static List<(string Href, List<string> Quotes)> Citations(IHtmlDocument page, AngleSharp.Dom.IElement within) =>
        within.QuerySelectorAll("sup.cite button")
            .Select(b => page.GetElementById(b.GetAttribute("popovertarget")!)!)
            .Select(n => (n.QuerySelector("a")!.GetAttribute("href")!, n.QuerySelectorAll("q").Select(q => q.TextContent).ToList()))
            .ToList();

    /// <summary>The fragment of an address, or null.</summary>
    public static string? Fragment(string href) => href.Contains('#', StringComparison.Ordinal) ? Uri.UnescapeDataString(href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..]) : null;
}
