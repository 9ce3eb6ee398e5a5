using Site.Engine.Rendering.Pages;
using Site.Engine.Rendering.Views;
using Site.Tests.Support;

namespace Site.Tests.Rendering.Pages;

public sealed class QuotesPageBuilderTests
{
    [Fact]
    public void Groups_quotes_by_speaker_and_speakers_who_spoke_together_apart()
    {
        // Given a quote of Ann's and one that Ann and Bob said together
        var context = TestGraph.Pages(site => site.With("input/quotes/more.yaml", """
            - id: made
              speakers: [ann, bob]
              text: made for each other
              source: one
              context: On each other.
            """));

        // When the quotes page is built
        var view = new QuotesPageBuilder(context).Build();

        // Then each group has its anchor and a link to its speaker (the first of a pair)
        Assert.Equal(
            [("speaker-ann", new LinkView("Ann", "/people/ann/"), "quote-happy"), ("speaker-ann-bob", new LinkView("Ann and Bob", "/people/ann/"), "quote-made")],
            view.Groups.Select(g => (g.Anchor, g.Speaker, Assert.Single(g.Quotes).Anchor)));
        Assert.Equal("2 things Ann, Bob and others said, as the sources reproduce them, grouped by speaker.", view.Meta.Description);
    }
}
