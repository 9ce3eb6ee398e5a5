using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Site.Engine.Passages;

/// <summary>
/// YAML for a person to paste into a content file, written by YamlDotNet's emitter: it quotes a value only where YAML
/// needs it (a <c>: </c> or <c> #</c> inside, a leading quotation mark or dash), so what is pasted reads back as the same words.
/// </summary>
public static class YamlSnippet
{
    /// <summary>One line <c>key: value</c>, without its line break.</summary>
    public static string Field(string key, string value) => Emit(false, (key, value)).TrimEnd('\n');

    /// <summary>A list entry of one record with the given fields, one line each, as it is written under <c>citations:</c>.</summary>
    public static IReadOnlyList<string> ListEntry(params (string Key, string Value)[] fields) =>
        Emit(true, fields).TrimEnd('\n').Split('\n');

    private static string Emit(bool inList, params (string Key, string Value)[] fields)
    {
        var text = new StringWriter();
        var emitter = new Emitter(text, new EmitterSettings().WithBestWidth(int.MaxValue).WithMaxSimpleKeyLength(1024));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        if (inList)
        {
            emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
        }

        emitter.Emit(new MappingStart());
        foreach (var (key, value) in fields)
        {
            emitter.Emit(new Scalar(key));
            emitter.Emit(new Scalar(null, null, value, ScalarStyle.Any, isPlainImplicit: true, isQuotedImplicit: false));
        }

        emitter.Emit(new MappingEnd());
        if (inList)
        {
            emitter.Emit(new SequenceEnd());
        }

        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString().ReplaceLineEndings("\n");
    }
}
