using Site.Engine.Rendering.Pages;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Pages;

public sealed class NotFoundPageBuilderTests
{
    [Fact]
    public void Suggests_the_home_page_and_every_section_and_belongs_to_none()
    {
        var context = TestGraph.Pages();

        var plan = Assert.Single(new NotFoundPageBuilder(context).Plan());
        var view = new NotFoundPageBuilder(context).Build();

        Assert.Equal(("/404.html", "404.html"), (plan.Path, plan.OutputPath));
        Assert.Equal(["Home", "Timeline", "Works", "People", "Quotes", "Sources", "Disputed", "Search"], view.Suggestions.Select(l => l.Text));
        Assert.Null(view.Meta.Section);
    }
}
