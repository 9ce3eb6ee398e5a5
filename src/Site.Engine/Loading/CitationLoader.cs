using Site.Engine.Model;

namespace Site.Engine.Loading;

/// <summary>Reads the <c>citations</c> list that facts, people, works and credits share.</summary>
internal static class CitationLoader
{
    /// <summary>The citations under <paramref name="key"/>; at least one is required unless <paramref name="required"/> is false.</summary>
    public static IReadOnlyList<Citation> Load(MappingReader record, string key, bool required = true)
    {
        var items = record.Mappings(key, required, "citation", Keys.Citations.All, "[{ source: …, quote: \"…\" }]");
        var citations = new Citation[items.Count];
        var count = 0;
        foreach (var item in items)
        {
            var source = item.Reference(Keys.Citations.Source, "hello-2024");
            var quote = item.Text(Keys.Citations.Quote, required: true, "\"words copied from the article\"");
            if (source is { } s && quote is { } q)
            {
                citations[count++] = new Citation(s, q);
            }
        }

        return MappingReader.Exact(citations, count);
    }
}
