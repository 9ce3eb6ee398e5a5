using Site.Engine.Rendering.Pages;
using Site.Engine.Rendering.Views;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Pages;

public sealed class PersonIndexPageBuilderTests
{
    [Fact]
    public void Lists_everyone_in_file_order_with_who_they_are_and_how_many_facts_are_about_them()
    {
        var context = TestGraph.Pages(site => site.With("input/people/more.yaml", "- { id: cy, name: Cy, relation: A friend, citations: [{ source: one, quote: They married in 1988. }] }\n"));

        var view = new PersonIndexPageBuilder(context).Build();

        Assert.Equal(
            [
                new PersonRow(new LinkView("Ann", "/people/ann/"), "Bob's wife", 1),
                new PersonRow(new LinkView("Bob", "/people/bob/"), "Ann's husband", 1),
                new PersonRow(new LinkView("Cy", "/people/cy/"), "A friend", 0),
            ],
            view.Rows);
        Assert.Equal("The 3 people the sources mention: the couple, their family, and the people they work with.", view.Meta.Description);
    }
}
