using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Pages;

/// <summary>The sources index: every article the site is built from, by number.</summary>
/// <param name="context">What page builders share.</param>
internal sealed class SourceIndexPageBuilder(PageContext context) : IPageBuilder
{
    /// <inheritdoc/>
    public IEnumerable<PagePlan> Plan() => [context.Page(context.Urls.Sources, Build)];

    /// <summary>The sources index's view.</summary>
    public SourceIndexView Build()
    {
        var sources = context.Graph.Content.Sources;
        var description = $"The {sources.Count} articles this site is built from, with what each tells us; every fact quotes one of them.";
        return new SourceIndexView(sources.Select(context.Parts.SourceRow).ToList())
        {
            Chrome = context.Chrome,
            Meta = context.Meta.Collection(context.Navigation.Sources, description),
        };
    }
}
