namespace Site.Engine.Loading;

/// <summary>Where each kind of content lives under the project root.</summary>
public static class ContentLayout
{
    /// <summary>The folder fans edit.</summary>
    public const string Input = "input";

    /// <summary>The folder of source articles.</summary>
    public const string Seeds = "seeds";

    /// <summary>The site settings file.</summary>
    public const string SiteFile = "input/site.yaml";

    /// <summary>The folder of Markdown pages.</summary>
    public const string PagesFolder = "input/pages";

    /// <summary>
    /// The data kinds. Each is read from <c>input/NAME.yaml</c> and from every <c>.yaml</c> file under
    /// <c>input/NAME/</c>, so a long list can be split into several files.
    /// </summary>
    public static readonly string[] DataKinds = ["sources", "people", "works", "facts", "quotes", "claims"];

    /// <summary>The data kind a file under <c>input/</c> holds, from its path, or null when it holds none.</summary>
    public static string? KindOf(string relativePath) =>
        DataKinds.FirstOrDefault(k => relativePath == $"{Input}/{k}.yaml"
            || (relativePath.StartsWith($"{Input}/{k}/", StringComparison.Ordinal) && relativePath.EndsWith(".yaml", StringComparison.Ordinal)));

    /// <summary>True for a Markdown page: a <c>.md</c> file directly in <c>input/pages/</c>.</summary>
    public static bool IsPage(string relativePath) =>
        relativePath.StartsWith(PagesFolder + "/", StringComparison.Ordinal) && relativePath.EndsWith(".md", StringComparison.Ordinal)
        && relativePath.IndexOf('/', PagesFolder.Length + 1) < 0;
}
