using Site.Engine.Rendering.Search;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Pages;

/// <summary>The search page: a search box over the search index, and everything listed for readers without JavaScript.</summary>
/// <param name="context">What page builders share.</param>
/// <param name="search">Everything a visitor can search for.</param>
internal sealed class SearchPageBuilder(PageContext context, SearchCatalog search) : IPageBuilder
{
    /// <inheritdoc/>
    public IEnumerable<PagePlan> Plan() => [context.Page(context.Urls.Search, Build)];

    /// <summary>The search page's view.</summary>
    public SearchView Build() =>
        new(search.Groups, context.Urls.SearchIndex, context.Urls.Href("assets/search.js"))
        {
            Chrome = context.Chrome,
            Meta = context.Meta.Section(context.Navigation.Search, $"Search every fact, quote, person, work and source on the site about {context.Chrome.Couple}."),
        };
}
