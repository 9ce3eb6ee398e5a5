using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Pages;

/// <summary>The works index: the filmography, by year.</summary>
/// <param name="context">What page builders share.</param>
internal sealed class WorkIndexPageBuilder(PageContext context) : IPageBuilder
{
    /// <inheritdoc/>
    public IEnumerable<PagePlan> Plan() => [context.Page(context.Urls.Works, Build)];

    /// <summary>The works index's view.</summary>
    public WorkIndexView Build()
    {
        var works = context.Graph.Content.Works;
        var description = $"Every film, TV movie, series, play and band the sources name: {works.Count} works, {works.Count(context.Graph.IsTogether)} with both {context.Chrome.Couple}.";
        return new WorkIndexView(ViewParts.ByYear(works).Select(context.Parts.WorkRow).ToList())
        {
            Chrome = context.Chrome,
            Meta = context.Meta.Collection(context.Navigation.Works, description),
        };
    }
}
