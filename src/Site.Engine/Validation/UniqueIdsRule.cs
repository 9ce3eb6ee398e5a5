using Site.Engine.Diagnostics;
using Site.Engine.Model;

namespace Site.Engine.Validation;

/// <summary>Every id names one record across all content files, because ids become page addresses and anchors.</summary>
public sealed class UniqueIdsRule : IContentRule
{
    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Check(Content content)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var all = content.Sources.Select(s => (s.Id, s.Span))
            .Concat(content.People.Select(p => (p.Id, p.Span)))
            .Concat(content.Works.Select(w => (w.Id, w.Span)))
            .Concat(content.Facts.Select(f => (f.Id, f.Span)))
            .Concat(content.Quotes.Select(q => (q.Id, q.Span)))
            .Concat(content.Claims.Select(c => (c.Id, c.Span)));
        foreach (var (id, span) in all)
        {
            if (!seen.TryAdd(id, span))
            {
                yield return Errors.DuplicateId(span with { Length = id.Length }, id, seen[id]);
            }
        }
    }
}
