using Site.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Site.Engine.Loading;

/// <summary>
/// Parses YAML text into a light tree of <see cref="YamlNode"/>s, built from YamlDotNet's parser events, turning every
/// parser exception into a diagnostic at its mark. It refuses aliases as soon as the parser meets one, so "billion
/// laughs" documents cost neither time nor memory, and reports a key given twice in one mapping, and a second document
/// with content (only the first of a file is read, so its records would be lost without a word).
/// </summary>
internal static class YamlDocumentParser
{
    /// <summary>The root node of the first document in <paramref name="text"/>, or null after reporting why there is none.</summary>
    /// <param name="path">The file's path, for diagnostics.</param>
    /// <param name="text">The YAML text.</param>
    /// <param name="lineOffset">Lines before the text in its file (front matter starts after the opening <c>---</c>).</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static YamlNode? Parse(string path, string text, int lineOffset, DiagnosticBag diagnostics)
    {
        var tree = new YamlTreeBuilder(path, text, lineOffset);
        YamlNode? root = null;
        var documents = 0;
        var start = Mark.Empty;

        // Every document is parsed, so that a mistake in a later one is still reported; only the first is read, and a
        // later one with content is a mistake of its own.
        var parser = new Parser(new StringReader(text));
        var reached = Mark.Empty;
        Exception? failure;
        while (Next(parser, out failure))
        {
            reached = parser.Current!.End;
            if (tree.Add(parser.Current!) is { } problem)
            {
                diagnostics.Add(problem);
                return null;
            }

            if (parser.Current is DocumentStart documentStart)
            {
                start = documentStart.Start;
            }
            else if (parser.Current is DocumentEnd)
            {
                var document = tree.TakeDocument();
                root ??= document;
                if (++documents > 1 && document is not (null or YamlScalar { Value.Length: 0 }))
                {
                    diagnostics.Add(Errors.SecondDocument(Spans.At(path, start, lineOffset)));
                    return null;
                }
            }
        }

        if (failure is not null)
        {
            diagnostics.Add(Describe(path, text, failure, reached, lineOffset));
            return null;
        }

        if (root is null or YamlScalar { Value.Length: 0 })
        {
            diagnostics.Add(Errors.EmptyFile(new SourceSpan(path, 1 + lineOffset, 1)));
            return null;
        }

        return root;
    }

    /// <summary>
    /// Moves the parser to its next event. Whatever the parser throws is its verdict on the text, not a fault of the
    /// build: besides its <see cref="YamlException"/>s, YamlDotNet throws others (an unclosed <c>[</c> ends in an
    /// <see cref="InvalidOperationException"/> from deep in its scanner), so every exception it throws is caught here,
    /// and only here, around the parser alone.
    /// </summary>
    private static bool Next(Parser parser, out Exception? failure)
    {
        failure = null;
        try
        {
            return parser.MoveNext();
        }
        catch (Exception e)
        {
            failure = e;
            return false;
        }
    }

    private static Diagnostic Describe(string path, string text, Exception failure, Mark reached, int lineOffset)
    {
        var stoppedAt = failure is YamlException e ? e.Start : reached;
        if (FlowBrackets.FirstUnclosed(text) is { } bracket && (bracket.Line < stoppedAt.Line || (bracket.Line == stoppedAt.Line && bracket.Column <= stoppedAt.Column) || failure is not YamlException))
        {
            var (what, example) = bracket.Bracket == '[' ? ("list", "`about: [kevin-bacon, kyra-sedgwick]`") : ("group of fields", "`{ source: people-2024, quote: the exact words }`");
            return Errors.YamlSyntax(new SourceSpan(path, bracket.Line + lineOffset, bracket.Column), $"the {what} opened with `{bracket.Bracket}` here is never closed",
                $"close it with `{(bracket.Bracket == '[' ? ']' : '}')}` after its last item, on the same line, as in {example}.");
        }

        if (failure is not YamlException)
        {
            return Errors.YamlSyntax(Spans.At(path, reached, lineOffset), "the text cannot be read past this point", null);
        }

        var span = Spans.At(path, stoppedAt, lineOffset);
        var message = failure.Message.TrimEnd('.');
        var lines = text.Split('\n');
        if (message.Contains("tab", StringComparison.Ordinal) && FirstIndentingTab(lines) is { } tab)
        {
            return Errors.YamlSyntax(new SourceSpan(path, tab.Line + lineOffset, tab.Column), "a tab is used for indentation",
                "indent with spaces, not tabs: replace each tab at the start of the line with spaces.");
        }

        var lineNumber = (int)stoppedAt.Line;
        var line = lineNumber >= 1 && lineNumber <= lines.Length ? lines[lineNumber - 1] : string.Empty;
        var previous = lineNumber >= 2 && lineNumber - 2 < lines.Length ? lines[lineNumber - 2] : string.Empty;
        string? hint = null;
        if (line.Contains('\t', StringComparison.Ordinal) || previous.Contains('\t', StringComparison.Ordinal))
        {
            hint = "indent with spaces, not tabs: replace each tab at the start of the line with spaces.";
        }
        else if (message.Contains("escape", StringComparison.OrdinalIgnoreCase) || message.Contains("hexadecimal", StringComparison.Ordinal)
            || message.Contains("Unicode", StringComparison.Ordinal))
        {
            hint = "in double quotes, `\\` starts an escape such as `\\n`: write `\\\\` for a backslash, or put the value in single quotes.";
        }
        else if (YamlSlips.Explain(path, text, lineNumber, (int)stoppedAt.Column, lineOffset) is { } slip)
        {
            return slip;
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
