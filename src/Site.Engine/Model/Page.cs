using Site.Engine.Diagnostics;
using MarkdownDocument = Markdig.Syntax.MarkdownDocument;

namespace Site.Engine.Model;

/// <summary>A page with prose of its own, from a Markdown file with YAML front matter in <c>input/pages/</c>.</summary>
/// <param name="Slug">The page's slug: its file name without extension.</param>
/// <param name="Span">The file.</param>
/// <param name="Title">The page title.</param>
/// <param name="Description">The meta description.</param>
/// <param name="Document">The body parsed as Markdown.</param>
/// <param name="BodyLine">The 1-based line in the file where the body starts, to report positions in it.</param>
public sealed record Page(
    string Slug,
    SourceSpan Span,
    string Title,
    string Description,
    MarkdownDocument Document,
    int BodyLine);
