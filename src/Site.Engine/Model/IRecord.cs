using Site.Engine.Diagnostics;

namespace Site.Engine.Model;

/// <summary>A record of the content: a source, person, work, fact, quote or claim.</summary>
public interface IRecord
{
    /// <summary>The record's id, which names it across all content files.</summary>
    string Id { get; }

    /// <summary>Where the record was written.</summary>
    SourceSpan Span { get; }
}
