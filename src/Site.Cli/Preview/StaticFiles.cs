namespace Site.Cli.Preview;

/// <summary>Maps request paths to files under the output folder, refusing anything that could leave it.</summary>
/// <param name="outputFolder">The folder served.</param>
/// <param name="basePath">The path the site is served under.</param>
internal sealed class StaticFiles(string outputFolder, string basePath)
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
    };

    private readonly string _root = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    /// <summary>The file for a decoded request path, or null when the path is outside the base path or the output folder.</summary>
    public string? Find(string path)
    {
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = path[basePath.Length..];
        var segments = relative.Split('/');

        // Anything that could step outside the folder is refused outright, before touching the file system.
        if (segments.Any(s => s is "." or ".." || s.Contains('\\', StringComparison.Ordinal) || s.Contains(':', StringComparison.Ordinal)
            || s.Contains('\0', StringComparison.Ordinal) || s.Contains('%', StringComparison.Ordinal)) || relative.StartsWith('/'))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root, StringComparison.Ordinal) && full + Path.DirectorySeparatorChar != _root)
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }

    /// <summary>The not-found page, if the site has one.</summary>
    public string? NotFoundPage => File.Exists(Path.Combine(_root, "404.html")) ? Path.Combine(_root, "404.html") : null;

    /// <summary>The content type for a file, by its extension.</summary>
    public static string ContentType(string file) =>
        ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
}
