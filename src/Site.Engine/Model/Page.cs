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
    int BodyLine)
{
    /// <summary>The slug of the Markdown page whose body introduces the home page.</summary>
    public const string HomeSlug = "home";

    /// <summary>The slug of the Markdown page that tells the couple's story.</summary>
    public const string CoupleSlug = "couple";

    /// <summary>True for the page whose body introduces the home page, rather than a page of its own.</summary>
    public bool IsHome => Slug == HomeSlug;

    /// <summary>Where a 0-based line and column of the body, as Markdig counts them, are in the file.</summary>
    public SourceSpan At(int line, int column) => BodyAt(Span.Path, BodyLine, line, column);

    /// <summary>Where a 0-based line and column of a body that starts at 1-based <paramref name="bodyLine"/> of <paramref name="path"/> are.</summary>
    public static SourceSpan BodyAt(string path, int bodyLine, int line, int column) => new(path, bodyLine + line, column + 1);
}
