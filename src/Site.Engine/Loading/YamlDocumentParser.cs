using Site.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Engine.Loading;

/// <summary>Parses YAML text into YamlDotNet's node model, turning every parser exception into a diagnostic at its mark.</summary>
internal static class YamlDocumentParser
{
    /// <summary>The root node of the single document in <paramref name="text"/>, or null after reporting why there is none.</summary>
    /// <param name="path">The file's path, for diagnostics.</param>
    /// <param name="text">The YAML text.</param>
    /// <param name="lineOffset">Lines before the text in its file (front matter starts after the opening <c>---</c>).</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static YamlNode? Parse(string path, string text, int lineOffset, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new NoAliasParser(new Parser(new StringReader(text))));
        }
        catch (AliasFoundException e)
        {
            diagnostics.Add(Errors.AliasNotAllowed(Spans.At(path, e.Start, lineOffset)));
            return null;
        }
        catch (YamlException e)
        {
            diagnostics.Add(Describe(path, text, e, lineOffset));
            return null;
        }

        if (stream.Documents.Count == 0 || IsEmptyScalar(stream.Documents[0].RootNode))
        {
            diagnostics.Add(Errors.EmptyFile(new SourceSpan(path, 1 + lineOffset, 1)));
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    private static bool IsEmptyScalar(YamlNode node) => node is YamlScalarNode { Value: null or "" };

    private static Diagnostic Describe(string path, string text, YamlException e, int lineOffset)
    {
        var span = Spans.At(path, e.Start, lineOffset);
        var message = e.Message.TrimEnd('.');
        if (message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            var key = message["Duplicate key".Length..].Trim();
            return Errors.DuplicateKey(span with { Length = Math.Max(1, key.Length) }, key, FirstKey(path, text, key, e.Start, lineOffset));
        }

        var lines = text.Split('\n');
        if (message.Contains("tab", StringComparison.Ordinal) && FirstIndentingTab(lines) is { } tab)
        {
            return Errors.YamlSyntax(new SourceSpan(path, tab.Line + lineOffset, tab.Column), "a tab is used for indentation",
                "indent with spaces, not tabs: replace each tab at the start of the line with spaces.");
        }

        var lineNumber = (int)e.Start.Line;
        var line = lineNumber >= 1 && lineNumber <= lines.Length ? lines[lineNumber - 1] : string.Empty;
        var previous = lineNumber >= 2 && lineNumber - 2 < lines.Length ? lines[lineNumber - 2] : string.Empty;
        string? hint = null;
        if (line.Contains('\t', StringComparison.Ordinal) || previous.Contains('\t', StringComparison.Ordinal))
        {
            hint = "indent with spaces, not tabs: replace each tab at the start of the line with spaces.";
        }
        else if (message.Contains("quoted scalar", StringComparison.Ordinal) || CountQuotes(line) % 2 == 1)
        {
            hint = "a quoted value must end with the same quote mark it starts with, on the same line.";
        }
        else if (message.Contains("indentation", StringComparison.Ordinal) || message.Contains("expected key", StringComparison.Ordinal))
        {
            hint = "line this field up with the other fields of the same entry, using the same number of spaces.";
        }

        return Errors.YamlSyntax(span, Lowercase(message), hint);
    }

    private static SourceSpan FirstKey(string path, string text, string key, Mark duplicate, int lineOffset)
    {
        var lines = text.Split('\n');
        var column = (int)duplicate.Column - 1;
        for (var i = (int)duplicate.Line - 2; i >= 0; i--)
        {
            var line = lines[i];
            if (line.Length > column && line.AsSpan(column).StartsWith($"{key}:", StringComparison.Ordinal)
                && line[..column].Trim().Length is 0 or 1)
            {
                return new SourceSpan(path, i + 1 + lineOffset, column + 1);
            }
        }

        return Spans.At(path, duplicate, lineOffset);
    }

    private static (int Line, int Column)? FirstIndentingTab(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t', '-').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    private static int CountQuotes(string line) => line.Count(c => c == '"');

    private static string Lowercase(string message) =>
        message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : message;
}
