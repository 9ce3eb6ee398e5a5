using Site.Engine.Diagnostics;

namespace Site.Engine.Loading;

/// <summary>One parsed YAML document and where its problems go.</summary>
/// <param name="Path">The file's path relative to the project root.</param>
/// <param name="Root">The document's root node.</param>
/// <param name="LineOffset">Lines in the file before the YAML starts (for front matter).</param>
/// <param name="Diagnostics">Where problems go.</param>
/// <param name="Ids">Where ids that refer to other records are shared.</param>
internal sealed record YamlFile(string Path, YamlNode Root, int LineOffset, DiagnosticBag Diagnostics, IdPool Ids)
{
    /// <summary>The span of a node in this file.</summary>
    public SourceSpan SpanOf(YamlNode node) => node.SpanIn(Path, LineOffset);

    /// <summary>Says in plain words what kind of node a fan wrote: text, a list or a group of fields.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlSequence => "a list",
        YamlMapping => "a group of fields",
        _ => "text",
    };

    /// <summary>The entries of a data file whose root must be a list of records, each a group of fields.</summary>
    public IEnumerable<MappingReader> Records(string record, IReadOnlyList<string> allowed)
    {
        if (Root is not YamlSequence sequence)
        {
            Diagnostics.Add(Errors.WrongShape(SpanOf(Root), "this file", $"a list of {record}s", Describe(Root),
                $"start each {record} with `- ` at the beginning of a line, as in the other files of this folder."));
            yield break;
        }

        foreach (var item in sequence.Items)
        {
            if (item is YamlMapping mapping)
            {
                yield return new MappingReader(this, mapping, record, allowed);
            }
            else
            {
                Diagnostics.Add(Errors.WrongShape(SpanOf(item), $"each entry", $"a {record}: a group of fields", Describe(item),
                    "write the fields of the entry below the `- `, each as `field: value`."));
            }
        }
    }

    /// <summary>The fields of a file whose root must be one record.</summary>
    public MappingReader? Record(string record, IReadOnlyList<string> allowed)
    {
        if (Root is YamlMapping mapping)
        {
            return new MappingReader(this, mapping, record, allowed);
        }

        Diagnostics.Add(Errors.WrongShape(SpanOf(Root), "this file", $"the {record}: a group of fields", Describe(Root),
            "write each setting as `field: value` at the start of a line."));
        return null;
    }
}
