using System.Globalization;
using Site.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Site.Engine.Loading;

/// <summary>
/// Finds the escape in a double-quoted YAML value (<c>"\x01"</c>, <c>"\0"</c>, <c>"\u0001"</c>...) that produced a
/// refused character, so that the error points at what the fan wrote rather than at the start of the value.
/// </summary>
internal static class YamlEscapes
{
    /// <summary>The one-letter escapes of YAML 1.2 and the code points they stand for.</summary>
    private static readonly Dictionary<char, int> Single = new()
    {
        ['0'] = 0x00,
        ['a'] = 0x07,
        ['b'] = 0x08,
        ['t'] = 0x09,
        ['\t'] = 0x09,
        ['n'] = 0x0A,
        ['v'] = 0x0B,
        ['f'] = 0x0C,
        ['r'] = 0x0D,
        ['e'] = 0x1B,
        [' '] = 0x20,
        ['"'] = 0x22,
        ['/'] = 0x2F,
        ['\\'] = 0x5C,
        ['N'] = 0x85,
        ['_'] = 0xA0,
        ['L'] = 0x2028,
        ['P'] = 0x2029,
    };

    /// <summary>The diagnostic for a value that holds a refused character, at its escape when one produced it.</summary>
    /// <param name="scalar">The value.</param>
    /// <param name="text">The YAML text the value was parsed from.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="lineOffset">Lines before the YAML in its file.</param>
    /// <param name="codePoint">The refused character.</param>
    public static Diagnostic Refused(Scalar scalar, string text, string path, int lineOffset, int codePoint)
    {
        var name = ControlCharacters.Name(codePoint);
        if (scalar.Style == ScalarStyle.DoubleQuoted && Find(text, scalar.Start, scalar.End) is { } escape)
        {
            return Errors.ControlCharacter(new SourceSpan(path, escape.Line + lineOffset, escape.Column, escape.Text.Length), name, escape.Text);
        }

        return Errors.ControlCharacter(Spans.At(path, scalar.Start, lineOffset), name, escape: null);
    }

    /// <summary>The first escape between two marks that stands for a refused character, with its line and column.</summary>
    private static (int Line, int Column, string Text)? Find(string text, Mark start, Mark end)
    {
        var line = (int)start.Line;
        var column = (int)start.Column;
        var stop = (int)Math.Min(end.Index, text.Length);
        for (var i = (int)start.Index; i < stop; i++)
        {
            if (text[i] == '\n')
            {
                (line, column) = (line + 1, 1);
                continue;
            }

            if (text[i] == '\\' && i + 1 < stop)
            {
                var length = text[i + 1] switch { 'x' => 4, 'u' => 6, 'U' => 10, _ => 2 };
                var escape = text.Substring(i, Math.Min(length, stop - i));
                if (CodePoint(escape) is { } value && ControlCharacters.IsRefused(value))
                {
                    return (line, column, escape);
                }

                i += escape.Length - 1;
                column += escape.Length;
                continue;
            }

            column++;
        }

        return null;
    }

    private static int? CodePoint(string escape) =>
        escape.Length == 2
            ? Single.TryGetValue(escape[1], out var value) ? value : null
            : int.TryParse(escape.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) ? hex : null;
}
