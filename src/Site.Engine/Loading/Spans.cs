using Site.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Engine.Loading;

/// <summary>Turns YamlDotNet marks into <see cref="SourceSpan"/>s.</summary>
internal static class Spans
{
    /// <summary>The position of a mark, shifted by the lines that precede the YAML in its file.</summary>
    public static SourceSpan At(string path, Mark mark, int lineOffset) => new(path, (int)mark.Line + lineOffset, (int)mark.Column);

    /// <summary>The span a node covers on its first line.</summary>
    public static SourceSpan Of(string path, YamlNode node, int lineOffset)
    {
        var length = node.End.Line == node.Start.Line ? (int)(node.End.Column - node.Start.Column) : 1;
        return new SourceSpan(path, (int)node.Start.Line + lineOffset, (int)node.Start.Column, Math.Max(1, length));
    }
}
