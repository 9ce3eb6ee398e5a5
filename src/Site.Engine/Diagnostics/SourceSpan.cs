namespace Site.Engine.Diagnostics;

/// <summary>A place in a project file: a path relative to the project root and a 1-based line and column range.</summary>
/// <param name="Path">The file, relative to the project root, with forward slashes.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column where the span starts.</param>
/// <param name="Length">How many characters the span covers on its line (at least 1).</param>
public readonly record struct SourceSpan(string Path, int Line, int Column, int Length = 1)
{
    /// <summary>A span that names a whole file, pointing at its first character.</summary>
    public static SourceSpan File(string path) => new(path, 1, 1);

    /// <inheritdoc/>
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
