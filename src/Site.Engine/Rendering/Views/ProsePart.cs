namespace Site.Engine.Rendering.Views;

/// <summary>A piece of a Markdown page's body: HTML that Markdig wrote, or a citation marker that the theme shows.</summary>
public abstract record ProsePart
{
    private ProsePart()
    {
    }

    /// <summary>HTML written by Markdig from the Markdown, which raw HTML in the Markdown cannot reach.</summary>
    /// <param name="Value">The HTML.</param>
    public sealed record Html(string Value) : ProsePart;

    /// <summary>A <c>[@fact-id]</c> marker: the citations of the fact, which the theme shows as small numbered links.</summary>
    /// <param name="Items">One citation per source the fact cites.</param>
    public sealed record Citations(IReadOnlyList<CitationView> Items) : ProsePart;
}
