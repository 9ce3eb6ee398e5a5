using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Pages;

/// <summary>A page of each Markdown file but <c>home.md</c>, which introduces the home page instead: the couple's story and any other.</summary>
/// <param name="context">What page builders share.</param>
internal sealed class ProsePageBuilder(PageContext context) : IPageBuilder
{
    /// <inheritdoc/>
    public IEnumerable<PagePlan> Plan() =>
        context.Graph.Content.Pages.Where(p => !p.IsHome).Select(p => context.Page(context.Urls.Page(p.Slug), () => Build(p)));

    /// <summary>The view of <paramref name="page"/>, which is its own section of the site.</summary>
    public ProseView Build(Model.Page page)
    {
        var path = context.Urls.Page(page.Slug);
        return new ProseView(context.Prose.Render(page))
        {
            Chrome = context.Chrome,
            Meta = context.Meta.Of(page.Title, page.Description, path, context.Navigation.At(path)),
        };
    }
}
