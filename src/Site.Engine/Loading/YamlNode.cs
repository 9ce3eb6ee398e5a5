using Site.Engine.Diagnostics;
using YamlDotNet.Core;

namespace Site.Engine.Loading;

/// <summary>
/// A node of a parsed YAML document: only what the loaders read (values, their order and where they start), built
/// from YamlDotNet's parser events by <see cref="YamlDocumentParser"/>. It holds no tags, anchors or hash tables, so a
/// large site's documents cost little to build and little for the garbage collector to trace.
/// </summary>
internal abstract class YamlNode
{
    private readonly int _line;
    private readonly int _column;
    private readonly int _length;

    /// <summary>Records where the node's event starts and, when it ends on the same line, how long it is.</summary>
    protected YamlNode(Mark start, Mark end)
    {
        _line = (int)start.Line;
        _column = (int)start.Column;
        _length = end.Line == start.Line ? Math.Max(1, (int)(end.Column - start.Column)) : 1;
    }

    /// <summary>The span the node covers on its first line, in a file whose YAML starts after <paramref name="lineOffset"/> lines.</summary>
    public SourceSpan SpanIn(string path, int lineOffset) => new(path, _line + lineOffset, _column, _length);
}

/// <summary>A scalar: text as the fan wrote it, after YAML's quoting and folding rules.</summary>
internal sealed class YamlScalar(string value, ScalarStyle style, Mark start, Mark end) : YamlNode(start, end)
{
    /// <summary>The text.</summary>
    public string Value { get; } = value;

    /// <summary>How the text was written (plain, quoted, block).</summary>
    public ScalarStyle Style { get; } = style;
}

/// <summary>A list: its items in order.</summary>
internal sealed class YamlSequence(YamlNode[] items, Mark start, Mark end) : YamlNode(start, end)
{
    /// <summary>The items.</summary>
    public IReadOnlyList<YamlNode> Items { get; } = items;
}

/// <summary>A group of fields: its keys and values in the order written, each key once.</summary>
internal sealed class YamlMapping(KeyValuePair<YamlNode, YamlNode>[] fields, Mark start, Mark end) : YamlNode(start, end)
{
    /// <summary>The fields.</summary>
    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Fields { get; } = fields;
}
