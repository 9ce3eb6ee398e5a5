using System.Runtime.InteropServices;
using Site.Engine.Diagnostics;
using YamlDotNet.Core.Events;

namespace Site.Engine.Loading;

/// <summary>
/// Builds <see cref="YamlNode"/>s from YamlDotNet's parser events, one event at a time and without recursion, so
/// that no nesting depth can overflow the stack. Values wait on one shared stack until the collection that holds them
/// ends; each collection then takes an array of exactly its items.
/// </summary>
/// <param name="path">The file's path, for diagnostics.</param>
/// <param name="text">The YAML text, to point at the escape that makes a value unusable.</param>
/// <param name="lineOffset">Lines before the YAML in its file.</param>
internal sealed class YamlTreeBuilder(string path, string text, int lineOffset)
{
    /// <summary>
    /// The deepest nesting of lists and mappings accepted. Content needs about six levels; stopping here also bounds
    /// the parser's time, which grows with the square of the depth.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>Above this many fields, a mapping looks its keys up in a table instead of comparing them one by one.</summary>
    private const int KeysCompared = 16;

    private readonly List<YamlNode> _values = [];
    private readonly List<Collection> _open = [];

    /// <summary>
    /// Takes in the next event; returns the diagnostic for an alias, a tag, a key given twice, too deep a nesting, or a
    /// value whose escapes produce a control character, or null.
    /// </summary>
    public Diagnostic? Add(ParsingEvent parsingEvent)
    {
        switch (parsingEvent)
        {
            case NodeEvent { Tag.IsEmpty: false } tagged:
                return Errors.TagNotAllowed(Spans.At(path, tagged.Start, lineOffset), tagged.Tag.Value);
            case Scalar scalar when ControlCharacters.Find(scalar.Value, out var codePoint) >= 0:
                return YamlEscapes.Refused(scalar, text, path, lineOffset, codePoint);
            case Scalar scalar:
                return Push(new YamlScalar(scalar.Value, scalar.Style, scalar.Start, scalar.End), _values.Count);
            case SequenceStart or MappingStart when _open.Count == MaxDepth:
                return Errors.NestedTooDeeply(Spans.At(path, parsingEvent.Start, lineOffset), MaxDepth);
            case SequenceStart or MappingStart:
                _open.Add(new Collection((NodeEvent)parsingEvent, _values.Count));
                return null;
            case SequenceEnd:
                var sequence = Close();
                return Push(new YamlSequence(Contents(sequence).ToArray(), sequence.Start.Start, sequence.Start.End), sequence.First);
            case MappingEnd:
                var mapping = Close();
                return Push(new YamlMapping(Pairs(Contents(mapping)), mapping.Start.Start, mapping.Start.End), mapping.First);
            case AnchorAlias alias:
                return Errors.AliasNotAllowed(Spans.At(path, alias.Start, lineOffset));
            default:
                return null;
        }
    }

    /// <summary>The root of the document that just ended, leaving the builder ready for the next one.</summary>
    public YamlNode? TakeDocument()
    {
        var root = _values.Count > 0 ? _values[0] : null;
        _values.Clear();
        return root;
    }

    /// <summary>Puts a finished value on the stack in place of everything from <paramref name="from"/> on (its contents).</summary>
    private Diagnostic? Push(YamlNode node, int from)
    {
        _values.RemoveRange(from, _values.Count - from);
        _values.Add(node);
        if (_open.Count == 0)
        {
            return null;
        }

        ref var open = ref CollectionsMarshal.AsSpan(_open)[^1];
        var count = _values.Count - open.First;
        return open.Start is MappingStart && count % 2 == 0 ? CheckKey(ref open, count / 2) : null;
    }

    /// <summary>Reports the newest key of a mapping when an earlier key of the same mapping has the same text.</summary>
    private Diagnostic? CheckKey(ref Collection mapping, int fields)
    {
        if (_values[^2] is not YamlScalar key)
        {
            return null;
        }

        YamlNode? first = null;
        if (fields <= KeysCompared)
        {
            for (var i = mapping.First; i < _values.Count - 2 && first is null; i += 2)
            {
                first = _values[i] is YamlScalar earlier && earlier.Value == key.Value ? earlier : null;
            }
        }
        else
        {
            if (mapping.Keys is null)
            {
                mapping.Keys = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
                for (var i = mapping.First; i < _values.Count - 2; i += 2)
                {
                    if (_values[i] is YamlScalar earlier)
                    {
                        mapping.Keys.TryAdd(earlier.Value, earlier);
                    }
                }
            }

            if (!mapping.Keys.TryAdd(key.Value, key))
            {
                first = mapping.Keys[key.Value];
            }
        }

        if (first is null)
        {
            return null;
        }

        var span = key.SpanIn(path, lineOffset) with { Length = Math.Max(1, key.Value.Length) };
        return Errors.DuplicateKey(span, key.Value, first.SpanIn(path, lineOffset));
    }

    private Collection Close()
    {
        var open = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        return open;
    }

    private ReadOnlySpan<YamlNode> Contents(Collection open) => CollectionsMarshal.AsSpan(_values)[open.First..];

    private static KeyValuePair<YamlNode, YamlNode>[] Pairs(ReadOnlySpan<YamlNode> values)
    {
        var pairs = new KeyValuePair<YamlNode, YamlNode>[values.Length / 2];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = new KeyValuePair<YamlNode, YamlNode>(values[2 * i], values[(2 * i) + 1]);
        }

        return pairs;
    }

    /// <summary>An open sequence or mapping: the event that started it and where its values begin on the stack.</summary>
    private record struct Collection(NodeEvent Start, int First)
    {
        /// <summary>A mapping's keys so far, once it has too many to compare one by one.</summary>
        public Dictionary<string, YamlNode>? Keys { get; set; }
    }
}
