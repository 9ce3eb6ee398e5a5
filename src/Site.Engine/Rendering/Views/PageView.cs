namespace Site.Engine.Rendering.Views;

/// <summary>The base of every page's view model: the chrome and the page's own metadata.</summary>
public abstract record PageView
{
    /// <summary>The layout's data.</summary>
    public required SiteChrome Chrome { get; init; }

    /// <summary>The page's metadata.</summary>
    public required PageMeta Meta { get; init; }
}
