using System.Text.RegularExpressions;
using Site.Engine.Diagnostics;
using Site.Engine.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Engine.Loading;

/// <summary>
/// Reads the fields of one YAML mapping as a record of a known kind: reports unknown fields, missing required
/// fields and values of the wrong type, and hands back values with their positions.
/// </summary>
internal sealed partial class MappingReader
{
    private readonly YamlFile _file;
    private readonly YamlMappingNode _node;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _suggested = new(StringComparer.Ordinal);

    /// <summary>Wraps <paramref name="node"/> and reports any field not in <paramref name="allowed"/>.</summary>
    public MappingReader(YamlFile file, YamlMappingNode node, string record, IReadOnlyList<string> allowed)
    {
        _file = file;
        _node = node;
        Record = record;
        foreach (var (key, value) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(name))
            {
                var suggestion = Suggestions.Closest(name, allowed);
                _file.Diagnostics.Add(Errors.UnknownField(_file.SpanOf(key), name, record, allowed, suggestion));
                if (suggestion is not null)
                {
                    _suggested.Add(suggestion);
                }

                continue;
            }

            _fields[name] = (key, value);
        }
    }

    /// <summary>What kind of record this is, for messages ("a fact").</summary>
    public string Record { get; }

    /// <summary>Where the mapping starts.</summary>
    public SourceSpan Span => _file.SpanOf(_node);

    /// <summary>The file being read.</summary>
    public YamlFile File => _file;

    /// <summary>A text field; reports it when required and missing or empty, or when it is not text.</summary>
    public Located<string>? Text(string key, bool required, string example = "…")
    {
        if (!_fields.TryGetValue(key, out var field))
        {
            ReportMissing(key, required, example);
            return null;
        }

        if (field.Value is not YamlScalarNode scalar)
        {
            _file.Diagnostics.Add(Errors.WrongType(_file.SpanOf(field.Value), key, "text", YamlFile.Describe(field.Value)));
            return null;
        }

        var value = scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" ? string.Empty : (scalar.Value ?? string.Empty).Trim();
        if (value.Length == 0)
        {
            if (required)
            {
                _file.Diagnostics.Add(Errors.EmptyValue(_file.SpanOf(field.Key), key));
            }

            return null;
        }

        return new Located<string>(value, _file.SpanOf(scalar));
    }

    /// <summary>A required id, checked to be lower-case letters, digits and hyphens.</summary>
    public Located<string>? Id(string key = "id", string example = "lemon-sky")
    {
        var id = Text(key, required: true, example);
        return id is null ? null : CheckId(id);
    }

    /// <summary>An optional date of the form YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public Located<PartialDate>? Date(string key)
    {
        var text = Text(key, required: false);
        if (text is null)
        {
            return null;
        }

        var date = PartialDate.TryParse(text.Value, out var error);
        if (date is null)
        {
            _file.Diagnostics.Add(Errors.InvalidDate(text.Span, text.Value, error));
            return null;
        }

        return new Located<PartialDate>(date.Value, text.Span);
    }

    /// <summary>A text field restricted to a fixed set of values.</summary>
    public string? OneOf(string key, IReadOnlyCollection<string> allowed, string example)
    {
        var text = Text(key, required: true, example);
        if (text is null || allowed.Contains(text.Value))
        {
            return text?.Value;
        }

        _file.Diagnostics.Add(Errors.NotOneOf(text.Span, key, text.Value, allowed, Suggestions.Closest(text.Value, allowed)));
        return null;
    }

    /// <summary>A list of ids; reports a missing required list, a non-list, or items that are not valid ids.</summary>
    public IReadOnlyList<Located<string>> Ids(string key, bool required, string example)
    {
        var items = Sequence(key, required, example);
        var ids = new List<Located<string>>();
        foreach (var item in items)
        {
            if (item is not YamlScalarNode { Value: { Length: > 0 } value } scalar)
            {
                _file.Diagnostics.Add(Errors.WrongType(_file.SpanOf(item), key, "a list of ids", YamlFile.Describe(item)));
                continue;
            }

            if (CheckId(new Located<string>(value.Trim(), _file.SpanOf(scalar))) is { } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>A list of short texts.</summary>
    public IReadOnlyList<string> Texts(string key)
    {
        var texts = new List<string>();
        foreach (var item in Sequence(key, required: false, "…"))
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                texts.Add(value.Trim());
            }
            else
            {
                _file.Diagnostics.Add(Errors.WrongType(_file.SpanOf(item), key, "a list of texts", YamlFile.Describe(item)));
            }
        }

        return texts;
    }

    /// <summary>A list of web addresses, each checked to be http or https.</summary>
    public IReadOnlyList<Located<string>> Urls(string key)
    {
        var urls = new List<Located<string>>();
        foreach (var item in Sequence(key, required: false, "[https://example.org/]"))
        {
            if (item is not YamlScalarNode { Value: { Length: > 0 } value } scalar)
            {
                _file.Diagnostics.Add(Errors.WrongType(_file.SpanOf(item), key, "a list of web addresses", YamlFile.Describe(item)));
            }
            else if (!Validation.WebAddress.IsHttp(value.Trim()))
            {
                _file.Diagnostics.Add(Errors.InvalidUrl(_file.SpanOf(scalar), value.Trim()));
            }
            else
            {
                urls.Add(new Located<string>(value.Trim(), _file.SpanOf(scalar)));
            }
        }

        return urls;
    }

    /// <summary>A nested group of fields, such as a fact's <c>claim</c>.</summary>
    public MappingReader? Mapping(string key, string record, IReadOnlyList<string> allowed)
    {
        if (!_fields.TryGetValue(key, out var field))
        {
            return null;
        }

        if (field.Value is YamlMappingNode mapping)
        {
            return new MappingReader(_file, mapping, record, allowed);
        }

        _file.Diagnostics.Add(Errors.WrongType(_file.SpanOf(field.Value), key, "a group of fields", YamlFile.Describe(field.Value)));
        return null;
    }

    /// <summary>A list of nested records, such as citations or credits.</summary>
    public IReadOnlyList<MappingReader> Mappings(string key, bool required, string record, IReadOnlyList<string> allowed, string example)
    {
        var readers = new List<MappingReader>();
        foreach (var item in Sequence(key, required, example))
        {
            if (item is YamlMappingNode mapping)
            {
                readers.Add(new MappingReader(_file, mapping, record, allowed));
            }
            else
            {
                _file.Diagnostics.Add(Errors.WrongType(_file.SpanOf(item), key, $"a list of {record}s, each a group of fields", YamlFile.Describe(item)));
            }
        }

        return readers;
    }

    private IReadOnlyList<YamlNode> Sequence(string key, bool required, string example)
    {
        if (!_fields.TryGetValue(key, out var field))
        {
            ReportMissing(key, required, example);
            return [];
        }

        if (field.Value is YamlSequenceNode sequence)
        {
            if (required && sequence.Children.Count == 0)
            {
                _file.Diagnostics.Add(Errors.EmptyValue(_file.SpanOf(field.Key), key));
            }

            return [.. sequence.Children];
        }

        _file.Diagnostics.Add(Errors.WrongType(_file.SpanOf(field.Value), key, "a list", YamlFile.Describe(field.Value)));
        return [];
    }

    /// <summary>Reports a missing required field, unless a misspelt field was already reported as meaning this one.</summary>
    private void ReportMissing(string key, bool required, string example)
    {
        if (required && !_suggested.Contains(key))
        {
            _file.Diagnostics.Add(Errors.MissingField(Span, key, Record, example));
        }
    }

    /// <summary>True when <paramref name="value"/> is lower-case letters and digits in hyphen-separated runs.</summary>
    public static bool IsValidId(string value) => IdPattern().IsMatch(value);

    private Located<string>? CheckId(Located<string> id)
    {
        if (IsValidId(id.Value))
        {
            return id;
        }

        _file.Diagnostics.Add(Errors.InvalidId(id.Span, id.Value));
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
