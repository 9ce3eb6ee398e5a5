using Site.Engine.Diagnostics;

namespace Site.Engine.Model;

/// <summary>A question the sources answer, such as the year the couple met.</summary>
/// <param name="Id">The claim's key.</param>
/// <param name="Span">Where the key was written.</param>
/// <param name="Question">The question, for headings.</param>
public sealed record Claim(string Id, SourceSpan Span, string Question) : IRecord;
