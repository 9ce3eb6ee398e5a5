using Site.Engine.Diagnostics;
using Site.Engine.Markdown;
using Site.Engine.Model;

namespace Site.Engine.Loading;

/// <summary>Reads a Markdown page: YAML front matter between <c>---</c> lines, then the body.</summary>
internal static class PageLoader
{
    /// <summary>The page in <paramref name="text"/>, or null after reporting why it cannot be read.</summary>
    public static Page? Load(string path, string text, IdPool ids, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (lines.Length == 0 || lines[0] != "---")
        {
            diagnostics.Add(string.IsNullOrWhiteSpace(text) ? Errors.EmptyFile(SourceSpan.File(path)) : Errors.MissingFrontMatter(SourceSpan.File(path)));
            return null;
        }

        var close = Array.IndexOf(lines, "---", 1);
        if (close < 0)
        {
            diagnostics.Add(Errors.UnterminatedFrontMatter(SourceSpan.File(path) with { Length = 3 }));
            return null;
        }

        var yaml = string.Join('\n', lines[1..close]);
        var root = YamlDocumentParser.Parse(path, yaml, lineOffset: 1, diagnostics);
        if (root is null)
        {
            return null;
        }

        var reader = new YamlFile(path, root, 1, diagnostics, ids).Record("page", Keys.Pages.All);
        var title = reader?.Text(Keys.Pages.Title, required: true, "Their story");
        var description = reader?.Text(Keys.Pages.Description, required: true);
        if (title is not { } t || description is not { } d)
        {
            return null;
        }

        var slug = Path.GetFileNameWithoutExtension(path);
        if (MappingReader.CheckId(SourceSpan.File(path), slug, isPageName: true) is { } badName)
        {
            diagnostics.Add(badName);
            return null;
        }

        if (ReservedSlugs.All.Contains(slug))
        {
            diagnostics.Add(Errors.ReservedPageName(SourceSpan.File(path), slug));
            return null;
        }

        var body = string.Join('\n', lines[(close + 1)..]);
        var bodyLine = close + 2;
        SourceSpan At(int line, int column) => Page.BodyAt(path, bodyLine, line, column);
        if (MarkdownDepth.Parse(body, out var tooDeep) is not { } document)
        {
            diagnostics.Add(Errors.MarkdownTooDeep(At(tooDeep.Line, tooDeep.Column), MarkdownDepth.MaxDepth));
            return null;
        }

        diagnostics.AddRange(MarkdownChecks.Check(document, At));
        return new Page(slug, SourceSpan.File(path), t.Value, d.Value, document, bodyLine);
    }
}
