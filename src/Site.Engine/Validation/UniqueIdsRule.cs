using Site.Engine.Diagnostics;
using Site.Engine.Model;

namespace Site.Engine.Validation;

/// <summary>Every id names one record across all content files, because ids become page addresses and anchors.</summary>
public sealed class UniqueIdsRule : IContentRule
{
    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Check(Content content)
    {
        var seen = new Dictionary<string, IRecord>(StringComparer.Ordinal);
        IEnumerable<IRecord> all = [.. content.Sources, .. content.People, .. content.Works, .. content.Facts, .. content.Quotes, .. content.Claims];
        foreach (var record in all)
        {
            if (!seen.TryAdd(record.Id, record))
            {
                yield return Errors.DuplicateId(record.Span with { Length = record.Id.Length }, record.Id, seen[record.Id].Span);
            }
        }
    }
}
