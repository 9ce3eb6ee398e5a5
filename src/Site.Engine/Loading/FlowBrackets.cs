namespace Site.Engine.Loading;

/// <summary>
/// Finds a <c>[</c> or <c>{</c> that opens a YAML list or group of fields and is never closed, the most common typo
/// in hand-written YAML. The parser reports such a mistake wherever it gives up, often lines later and sometimes with
/// no position at all; this scan points at the bracket itself. It is a hint for a text that already failed to parse,
/// so it follows YAML only as far as hand-written content needs: quotes, comments, block scalars, and brackets that
/// start a value (a bracket inside plain text, as in <c>statement: a [b] c</c>, opens nothing).
/// </summary>
internal static class FlowBrackets
{
    /// <summary>The 1-based line and column of the innermost bracket left open, and the bracket, or null when all are closed.</summary>
    public static (int Line, int Column, char Bracket)? FirstUnclosed(string text)
    {
        var lines = text.Split('\n');
        var open = new Stack<(int Line, int Column, char Bracket)>();
        var quote = '\0';
        var blockScalarIndent = -1;
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l].TrimEnd('\r');
            var indent = line.Length - line.TrimStart(' ').Length;
            if (blockScalarIndent >= 0)
            {
                if (line.Trim().Length == 0 || indent > blockScalarIndent)
                {
                    continue;
                }

                blockScalarIndent = -1;
            }

            var valueStarts = true;
            for (var c = 0; c < line.Length; c++)
            {
                var ch = line[c];
                if (quote != '\0')
                {
                    if (ch == '\\' && quote == '"')
                    {
                        c++;
                    }
                    else if (ch == quote)
                    {
                        quote = '\0';
                    }

                    continue;
                }

                if (ch == '#' && (c == 0 || line[c - 1] is ' ' or '\t'))
                {
                    break;
                }

                if (valueStarts && ch is '"' or '\'')
                {
                    quote = ch;
                }
                else if (valueStarts && ch is '[' or '{')
                {
                    open.Push((l + 1, c + 1, ch));
                }
                else if (open.Count > 0 && ch is ']' or '}')
                {
                    if (open.Peek().Bracket != (ch == ']' ? '[' : '{'))
                    {
                        return open.Peek();
                    }

                    open.Pop();
                }
                else if (open.Count == 0 && valueStarts && ch is '|' or '>')
                {
                    blockScalarIndent = indent;
                    break;
                }

                if (ch is not (' ' or '\t'))
                {
                    var endsIndicator = c + 1 == line.Length || line[c + 1] is ' ' or '\t';
                    valueStarts = (ch is '[' or '{' or ',' && open.Count > 0) || (ch == ':' && endsIndicator) || (ch == '-' && valueStarts && endsIndicator);
                }
            }
        }

        return open.Count > 0 ? open.Peek() : null;
    }
}
