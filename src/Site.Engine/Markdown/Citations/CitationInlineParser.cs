using Markdig.Helpers;
using Markdig.Parsers;

namespace Site.Engine.Markdown.Citations;

/// <summary>Parses <c>[@fact-id]</c> into a <see cref="CitationInline"/>; must run before the link parser, which also opens on <c>[</c>.</summary>
public sealed class CitationInlineParser : InlineParser
{
    /// <summary>Creates the parser, opening on <c>[</c>.</summary>
    public CitationInlineParser() => OpeningCharacters = ['['];

    /// <inheritdoc/>
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        if (slice.PeekChar() != '@')
        {
            return false;
        }

        var end = start + 2;
        while (end <= slice.End && IsIdChar(slice.Text[end]))
        {
            end++;
        }

        if (end > slice.End || slice.Text[end] != ']' || end == start + 2)
        {
            return false;
        }

        processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CitationInline
        {
            FactId = slice.Text[(start + 2)..end],
            Span = new Markdig.Syntax.SourceSpan(start, end),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }

    private static bool IsIdChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-';
}
