using Site.Engine.Diagnostics;

namespace Site.Engine.Loading;

/// <summary>Turns a character's index in a file's text into its line and column.</summary>
internal static class TextSpan
{
    /// <summary>The span of the character at <paramref name="index"/> of <paramref name="text"/>, the whole text of <paramref name="path"/>.</summary>
    public static SourceSpan At(string path, string text, int index)
    {
        var before = text.AsSpan(0, index);
        var lineStart = before.LastIndexOf('\n') + 1;
        return new SourceSpan(path, before.Count('\n') + 1, index - lineStart + 1);
    }
}
