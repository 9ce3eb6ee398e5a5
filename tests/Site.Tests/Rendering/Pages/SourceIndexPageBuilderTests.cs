using Site.Engine.Rendering.Pages;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Pages;

public sealed class SourceIndexPageBuilderTests
{
    [Fact]
    public void Lists_each_source_by_number_with_only_what_it_states_and_what_cites_it()
    {
        var context = TestGraph.Pages();

        var row = Assert.Single(new SourceIndexPageBuilder(context).Build().Rows);

        Assert.Equal((1, "Untitled article, 1 May 2020", "/sources/one/"), (row.Number, row.Link.Text, row.Link.Href));
        Assert.Equal(((string?)null, "2020-05-01", (string?)null), (row.Headline, row.DateIso, row.Publisher));
        Assert.Equal((1, 1), (row.FactCount, row.QuoteCount));
    }
}
