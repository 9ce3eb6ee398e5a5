using Site.Engine.Diagnostics;
using YamlDotNet.Core;

namespace Site.Engine.Loading;

/// <summary>Turns YamlDotNet marks into <see cref="SourceSpan"/>s.</summary>
internal static class Spans
{
    /// <summary>The position of a mark, shifted by the lines that precede the YAML in its file; never before its start.</summary>
    public static SourceSpan At(string path, Mark mark, int lineOffset) =>
        new(path, (int)Math.Max(1, mark.Line) + lineOffset, (int)Math.Max(1, mark.Column));

}
