using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Pages;

/// <summary>The page shown for an address the site does not have, which suggests the sections.</summary>
/// <param name="context">What page builders share.</param>
internal sealed class NotFoundPageBuilder(PageContext context) : IPageBuilder
{
    /// <inheritdoc/>
    public IEnumerable<PagePlan> Plan() => [context.Page(context.Urls.NotFound, Build)];

    /// <summary>The not-found page's view.</summary>
    public NotFoundView Build() =>
        new([context.Navigation.Home, .. context.Navigation.Links])
        {
            Chrome = context.Chrome,
            Meta = context.Meta.Of("Page not found", "The page you asked for does not exist on this site.", context.Urls.NotFound, null),
        };
}
