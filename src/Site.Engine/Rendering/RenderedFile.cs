namespace Site.Engine.Rendering;

/// <summary>One file of the finished site: its path in the output folder and its text, written as UTF-8.</summary>
/// <param name="OutputPath">The path relative to the output folder, with forward slashes.</param>
/// <param name="Text">The file's content.</param>
public sealed record RenderedFile(string OutputPath, string Text)
{
    /// <summary>True for HTML pages, which the check stage parses.</summary>
    public bool IsHtml => OutputPath.EndsWith(".html", StringComparison.Ordinal);
}
