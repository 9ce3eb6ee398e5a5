using Site.Engine.Diagnostics;
using Site.Engine.Model;

namespace Site.Engine.Linking;

/// <summary>A link or image written in a Markdown page: its address as written, and where.</summary>
/// <param name="Page">The page it is written in.</param>
/// <param name="Url">The address, as the Markdown gives it.</param>
/// <param name="Span">Where it is written, for a broken link to be reported where a fan can fix it.</param>
public sealed record MarkdownLink(Page Page, string Url, SourceSpan Span);
