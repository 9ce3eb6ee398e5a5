using Site.Engine.Rendering.Pages;
using Site.Engine.Rendering.Search;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Pages;

public sealed class SearchPageBuilderTests
{
    [Fact]
    public void Lists_everything_by_kind_each_linking_to_exactly_where_it_is_shown()
    {
        var context = TestGraph.Pages();

        var view = new SearchPageBuilder(context, new SearchCatalog(context.Graph, context.Urls, context.Parts)).Build();

        Assert.Equal(["Facts", "Quotes", "People", "Works", "Sources"], view.Groups.Select(g => g.Heading));
        Assert.Equal(
            [
                new SearchEntry("fact", "They met on a film set.", "1987 · Ann, Bob, The Film", "/people/ann/#fact-met"),
                new SearchEntry("quote", "We are very happy,", "Ann", "/quotes/#quote-happy"),
                new SearchEntry("person", "Ann", "Bob's wife", "/people/ann/"),
                new SearchEntry("person", "Bob", "Ann's husband", "/people/bob/"),
                new SearchEntry("work", "The Film", "Film, 1987", "/works/the-film/"),
                new SearchEntry("source", "Untitled article, 1 May 2020", "The only article.", "/sources/one/"),
            ],
            view.Groups.SelectMany(g => g.Entries));
        Assert.Equal(("/search-index.json", "/assets/search.js"), (view.IndexHref, view.ScriptHref));
    }
}
