using Site.Engine.Model;

namespace Site.Engine.Loading;

/// <summary>What one content file holds, once read: the site settings, a page, or the records of one data kind.</summary>
internal abstract record FileContent
{
    private FileContent()
    {
    }

    /// <summary>The settings of <c>input/site.yaml</c>.</summary>
    /// <param name="Value">The settings.</param>
    public sealed record Settings(SiteSettings Value) : FileContent;

    /// <summary>The page of a Markdown file.</summary>
    /// <param name="Page">The page.</param>
    public sealed record Prose(Page Page) : FileContent;

    /// <summary>The records of a data file, each of the kind its path names.</summary>
    /// <param name="Items">The records, in file order.</param>
    public sealed record Records(IReadOnlyList<IRecord> Items) : FileContent;
}
