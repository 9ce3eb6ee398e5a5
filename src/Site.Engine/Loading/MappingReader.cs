using System.Globalization;
using System.Text.RegularExpressions;
using Site.Engine.Diagnostics;
using Site.Engine.Model;
using YamlDotNet.Core;

namespace Site.Engine.Loading;

/// <summary>
/// Reads the fields of one YAML mapping as a record of a known kind: reports unknown fields, missing required
/// fields and values of the wrong type, and hands back values with their positions.
/// </summary>
internal sealed partial class MappingReader
{
    private readonly YamlFile _file;
    private readonly YamlMapping _node;
    private readonly HashSet<string>? _suggested;

    /// <summary>Wraps <paramref name="node"/> and reports any field not in <paramref name="allowed"/>.</summary>
    public MappingReader(YamlFile file, YamlMapping node, string record, IReadOnlyList<string> allowed)
    {
        _file = file;
        _node = node;
        Record = record;
        foreach (var (key, _) in node.Fields)
        {
            var name = (key as YamlScalar)?.Value ?? string.Empty;
            if (!allowed.Contains(name))
            {
                var suggestion = Suggestions.Closest(name, allowed);
                _file.Diagnostics.Add(Errors.UnknownField(_file.SpanOf(key), name, record, allowed, suggestion));
                if (suggestion is not null)
                {
                    (_suggested ??= new HashSet<string>(StringComparer.Ordinal)).Add(suggestion);
                }
            }
        }
    }

    /// <summary>What kind of record this is, for messages ("a fact").</summary>
    public string Record { get; }

    /// <summary>Where the mapping starts.</summary>
    public SourceSpan Span => _file.SpanOf(_node);

    /// <summary>The file being read.</summary>
    public YamlFile File => _file;

    /// <summary>
    /// A text field; reports it when required and missing or empty, when it is not text, or when it is longer than
    /// <paramref name="maxLength"/> characters (a name or a title shown on many pages, where a long one would swell
    /// every page).
    /// </summary>
    public Located<string>? Text(string key, bool required, string example = "…", int maxLength = int.MaxValue)
    {
        if (Field(key) is not { } field)
        {
            ReportMissing(key, required, example);
            return null;
        }

        if (field.Value is not YamlScalar scalar)
        {
            _file.Diagnostics.Add(Errors.WrongType(_file.SpanOf(field.Value), key, "text", YamlFile.Describe(field.Value)));
            return null;
        }

        var value = scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" ? string.Empty : scalar.Value.Trim();
        if (value.Length == 0)
        {
            if (required)
            {
                _file.Diagnostics.Add(Errors.EmptyValue(_file.SpanOf(field.Key), key));
            }

            return null;
        }

        // Counted in characters as a reader sees them (an emoji made of several code points is one).
        if (value.Length > maxLength && new StringInfo(value).LengthInTextElements is var length && length > maxLength)
        {
            _file.Diagnostics.Add(Errors.TextTooLong(_file.SpanOf(scalar), key, length, maxLength));
        }

        return new Located<string>(value, _file.SpanOf(scalar));
    }

    /// <summary>A required id, checked to be lower-case letters, digits and hyphens.</summary>
    public Located<string>? Id(string key = "id", string example = "lemon-sky")
    {
        return Text(key, required: true, example) is { } id ? CheckId(id) : null;
    }

    /// <summary>A required id that refers to another record; the model keeps one copy of each such id.</summary>
    public Located<string>? Reference(string key, string example) => Id(key, example) is { } id ? Shared(id) : null;

    /// <summary>An optional date of the form YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public Located<PartialDate>? Date(string key) => EventDate(key, allowReported: false) is { Reported: false } date
        ? new Located<PartialDate>(date.Value!.Value, date.Span)
        : null;

    /// <summary>
    /// An optional date of an event: YYYY, YYYY-MM or YYYY-MM-DD, or, where <paramref name="allowReported"/>, the word
    /// <c>reported</c> for the source's own stated date (returned with no value, to be filled in from the source).
    /// </summary>
    public (PartialDate? Value, bool Reported, SourceSpan Span)? EventDate(string key, bool allowReported)
    {
        if (Text(key, required: false) is not { } text)
        {
            return null;
        }

        if (allowReported && text.Value == PartialDate.ReportedWord)
        {
            return (null, true, text.Span);
        }

        var date = PartialDate.TryParse(text.Value, out var error);
        if (date is null)
        {
            _file.Diagnostics.Add(Errors.InvalidDate(text.Span, text.Value, error, allowReported));
            return null;
        }

        return (date.Value, false, text.Span);
    }

    /// <summary>A text field restricted to a fixed set of values.</summary>
    public string? OneOf(string key, IReadOnlyCollection<string> allowed, string example)
    {
        if (Text(key, required: true, example) is not { } text)
        {
            return null;
        }

        if (allowed.Contains(text.Value))
        {
            return text.Value;
        }

        _file.Diagnostics.Add(Errors.NotOneOf(text.Span, key, text.Value, allowed, Suggestions.Closest(text.Value, allowed)));
        return null;
    }

    /// <summary>
    /// A list of ids that refer to other records; reports a missing required list, a non-list, items that are not valid
    /// ids, and an id listed twice (which is kept once).
    /// </summary>
    public IReadOnlyList<Located<string>> Ids(string key, bool required, string example)
    {
        var items = Sequence(key, required, example);
        var ids = new Located<string>[items.Count];
        var count = 0;

        // An id listed before is found by looking along the list while it is short, and in a table once it is long.
        var seen = items.Count > ShortList ? new Dictionary<string, int>(items.Count, StringComparer.Ordinal) : null;
        foreach (var item in items)
        {
            if (item is not YamlScalar { Value: { Length: > 0 } value } scalar)
            {
                _file.Diagnostics.Add(Errors.WrongType(_file.SpanOf(item), key, "a list of ids", YamlFile.Describe(item)));
                continue;
            }

            if (CheckId(new Located<string>(value.Trim(), _file.SpanOf(scalar))) is not { } id)
            {
                continue;
            }

            var first = seen is null ? Array.FindIndex(ids, 0, count, i => i.Value == id.Value) : seen.GetValueOrDefault(id.Value, -1);
            if (first >= 0)
            {
                _file.Diagnostics.Add(Errors.IdListedTwice(id.Span, key, id.Value, ids[first].Span));
                continue;
            }

            seen?.Add(id.Value, count);
            ids[count++] = Shared(id);
        }

        return Exact(ids, count);
    }

    /// <summary>An optional web address, checked by <see cref="Validation.WebAddress"/>; null when missing or not an address.</summary>
    public Located<string>? Url(string key)
    {
        if (Text(key, required: false) is not { } text)
        {
            return null;
        }

        if (Validation.WebAddress.Check(text.Span, text.Value) is { } problem)
        {
            _file.Diagnostics.Add(problem);
            return null;
        }

        return text;
    }

    /// <summary>A list of web addresses, each checked by <see cref="Validation.WebAddress"/>.</summary>
    public IReadOnlyList<Located<string>> Urls(string key)
    {
        var items = Sequence(key, required: false, "[https://example.org/]");
        var urls = new Located<string>[items.Count];
        var count = 0;
        foreach (var item in items)
        {
            if (item is not YamlScalar { Value: { Length: > 0 } value } scalar)
            {
                _file.Diagnostics.Add(Errors.WrongType(_file.SpanOf(item), key, "a list of web addresses", YamlFile.Describe(item)));
            }
            else if (Validation.WebAddress.Check(_file.SpanOf(scalar), value.Trim()) is { } problem)
            {
                _file.Diagnostics.Add(problem);
            }
            else
            {
                urls[count++] = new Located<string>(value.Trim(), _file.SpanOf(scalar));
            }
        }

        return Exact(urls, count);
    }

    /// <summary>A nested group of fields, such as a fact's <c>claim</c>.</summary>
    public MappingReader? Mapping(string key, string record, IReadOnlyList<string> allowed)
    {
        if (Field(key) is not { } field)
        {
            return null;
        }

        if (field.Value is YamlMapping mapping)
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
            if (item is YamlMapping mapping)
            {
                readers.Add(new MappingReader(_file, mapping, record, allowed));
            }
            else
            {
                _file.Diagnostics.Add(Errors.WrongType(_file.SpanOf(item), key, $"a list of {record}s, each a group of fields", YamlFile.Describe(item),
                    $"write each {record} as a group of fields, as in `{key}: {example}`."));
            }
        }

        return readers;
    }

    private IReadOnlyList<YamlNode> Sequence(string key, bool required, string example)
    {
        if (Field(key) is not { } field)
        {
            ReportMissing(key, required, example);
            return [];
        }

        if (field.Value is YamlSequence sequence)
        {
            if (required && sequence.Items.Count == 0)
            {
                _file.Diagnostics.Add(Errors.EmptyValue(_file.SpanOf(field.Key), key));
            }

            return sequence.Items;
        }

        // A list in brackets that lost its `[` reads as text ending in `]`.
        var fix = field.Value is YamlScalar { Style: ScalarStyle.Plain } text && text.Value.EndsWith(']')
            ? $"write each item on its own line starting with `- ` under `{key}:`, or start the list with `[`, as in `{key}: [{text.Value}`."
            : null;
        _file.Diagnostics.Add(Errors.WrongType(_file.SpanOf(field.Value), key, "a list", YamlFile.Describe(field.Value), fix));
        return [];
    }

    /// <summary>The first <paramref name="count"/> items: lists in the content model take no more memory than they hold.</summary>
    internal static T[] Exact<T>(T[] items, int count) => count == items.Length ? items : items[..count];

    /// <summary>The id with the one copy of its text that the whole read shares.</summary>
    private Located<string> Shared(Located<string> id) => id with { Value = _file.Ids.Intern(id.Value) };

    /// <summary>The field named <paramref name="key"/>; a mapping has a handful of fields, so they are simply compared.</summary>
    private (YamlNode Key, YamlNode Value)? Field(string key)
    {
        foreach (var (name, value) in _node.Fields)
        {
            if (name is YamlScalar scalar && scalar.Value == key)
            {
                return (name, value);
            }
        }

        return null;
    }

    /// <summary>Reports a missing required field, unless a misspelt field was already reported as meaning this one.</summary>
    private void ReportMissing(string key, bool required, string example)
    {
        if (required && _suggested?.Contains(key) != true)
        {
            _file.Diagnostics.Add(Errors.MissingField(Span, key, Record, example));
        }
    }

    /// <summary>
    /// The longest id or page name, in characters. Each becomes a folder name and part of a web address; file
    /// systems refuse names past 255 bytes, and a reader wants an address they can read.
    /// </summary>
    public const int MaxIdLength = 100;

    /// <summary>The longest list of ids searched item by item for one listed twice; a longer one gets a table.</summary>
    private const int ShortList = 16;

    /// <summary>The error for <paramref name="value"/> as an id (or a page's name) written at <paramref name="span"/>, or null when it is a good one.</summary>
    public static Diagnostic? CheckId(SourceSpan span, string value, bool isPageName = false) =>
        value.Length > MaxIdLength ? Errors.IdTooLong(span, value, MaxIdLength, isPageName)
        : IdPattern().IsMatch(value) ? null
        : Errors.InvalidId(span, value, isPageName);

    private Located<string>? CheckId(Located<string> id)
    {
        if (CheckId(id.Span, id.Value) is not { } problem)
        {
            return id;
        }

        _file.Diagnostics.Add(problem);
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
