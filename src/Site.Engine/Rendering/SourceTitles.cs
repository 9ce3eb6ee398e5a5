using Site.Engine.Model;

namespace Site.Engine.Rendering;

/// <summary>How a source is named on pages and in the feed.</summary>
public static class SourceTitles
{
    /// <summary>The headline, or a label built only from what the article states, never an invented headline.</summary>
    /// <param name="source">The source.</param>
    /// <param name="number">The source's number, which tells apart articles that state neither headline nor date.</param>
    public static string Of(Source source, int number)
    {
        if (source.Headline is { } headline)
        {
            return headline.Value;
        }

        var publisher = source.Publisher is { } p ? $" {p.Value}" : string.Empty;
        return source.Date is { } date
            ? $"Untitled{publisher} article, {date.Value.Display}"
            : $"Untitled, undated{publisher} article (no. {number})";
    }
}
