using Site.Engine.Model;
using Site.Tests.Support;

namespace Site.Tests.Site;

/// <summary>On the real site, what a reader sees is backed by words they can read: the disputes page and the timeline.</summary>
public sealed class EvidenceOnPageTests(RealSiteFixture fixture) : IClassFixture<RealSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Each_side_of_each_dispute_quotes_the_articles_word_for_word_and_links_to_the_passage()
    {
        const string disputes = "disputes/index.html";
        var seeds = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "seeds")).Select(f => QuoteText.Normalize(File.ReadAllText(f))).ToList();
        var sides = Site.Pages[disputes].QuerySelectorAll(".dispute .side").ToList();
        Assert.True(sides.Count >= 10, $"only {sides.Count} sides");
        foreach (var side in sides)
        {
            var value = side.QuerySelector("h3")!.TextContent;
            var quotations = side.QuerySelectorAll(".words li").ToList();
            Assert.True(quotations.Count > 0, $"the side '{value}' quotes no article");
            foreach (var quotation in quotations)
            {
                var words = quotation.QuerySelector("blockquote")!.TextContent.Trim();
                Assert.True(seeds.Any(s => s.Contains(QuoteText.Normalize(words), StringComparison.Ordinal)), $"'{words}' is not in any article");

                var link = quotation.QuerySelector("a[href]")!;
                var href = link.GetAttribute("href")!;
                var target = Site.Target(disputes, href);
                Assert.True(target is not null && target.StartsWith("sources/", StringComparison.Ordinal), $"{href} is not a source page");
                var passage = Site.Pages[target].GetElementById(BuiltSite.Fragment(href)!);
                Assert.True(passage is not null, $"{href} names no passage");
                Assert.Equal(Site.Pages[target].QuerySelector("h1")!.TextContent, link.TextContent.Trim());
                Assert.Contains(words, passage.QuerySelectorAll("blockquote").Select(b => b.TextContent.Trim()));
            }
        }
    }

    [Fact]
    public void Every_date_on_the_timeline_is_given_by_the_words_its_entry_cites()
    {
        var (dated, unevidenced) = ShownDates.OnTimeline(Site);

        Assert.True(dated >= 20, $"only {dated} dated entries");
        Assert.Empty(unevidenced);
    }

    [Fact]
    public void Each_source_page_shows_its_outlets_with_the_words_that_name_them()
    {
        var page = Site.Pages["sources/report-2024-02/index.html"];
        var outlets = page.QuerySelectorAll(".outlets li").Select(li => (li.QuerySelector("strong")!.TextContent, li.QuerySelector("blockquote")!.TextContent)).ToList();

        Assert.Contains(("People", "reports People magazine"), outlets);
        Assert.Contains(("IANS", "(With inputs from IANS)"), outlets);
    }
}
