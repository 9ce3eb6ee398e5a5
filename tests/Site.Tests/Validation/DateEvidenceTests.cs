using Site.Engine.Model;
using Site.Tests.Support;

namespace Site.Tests.Validation;

/// <summary>Dates come from the cited words, a reported date from the source's own, and a citation is long enough to prove something.</summary>
public sealed class DateEvidenceTests
{
    [Theory]
    [InlineData("e", 1)]
    [InlineData("made for each-other", 3)]
    [InlineData("It was 1987 — on the set", 6)]
    [InlineData("  \"We are\n very happy,\"  ", 4)]
    public void Words_are_counted_on_white_space_and_a_hyphenated_word_is_one(string quote, int words) =>
        Assert.Equal(words, QuoteWords.Count(quote));

    [Fact]
    public async Task A_quote_dated_by_its_attribution_is_accepted_and_shows_its_date()
    {
        using var site = TestSite.Create()
            .With("seeds/one.txt", TestSite.SeedText + "\n\"It was lovely,\" she told People in March 2019.\n")
            .With("input/quotes.yaml", """
                - id: lovely
                  speakers: [ann]
                  text: It was lovely,
                  source: one
                  said_to: People
                  date: 2019-03
                  context: On the wedding.
                  citations: [{ source: one, quote: she told People in March 2019. }]
                """);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(result.Formatter.Format)));
        Assert.Contains("March 2019", site.Page("quotes/index.html").GetElementById("quote-lovely")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reported_date_is_the_sources_own_and_the_timeline_says_so()
    {
        using var site = TestSite.Create().With("input/facts/all.yaml", """
            - id: met
              statement: They met on a film set.
              about: [ann, bob, the-film]
              date: 1987
              citations: [{ source: one, quote: The couple met on a film set in 1987. }]
            - id: said-happy
              statement: They say they are happy.
              about: [ann, bob]
              date: reported
              citations: [{ source: one, quote: '"We are very happy," she said.' }]
            """);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(result.Formatter.Format)));
        var time = site.Page("timeline/index.html").QuerySelector("#fact-said-happy time")!;
        Assert.Equal(("reported 1 May 2020", "2020-05-01"), (time.TextContent, time.GetAttribute("datetime")));
        var (dated, unevidenced) = ShownDates.OnTimeline(new BuiltSite(site.Output));
        Assert.Equal(2, dated);
        Assert.Empty(unevidenced);
    }

    [Fact]
    public async Task An_undated_fact_stays_off_the_timeline()
    {
        using var site = TestSite.Create().With("input/facts/all.yaml", """
            - id: met
              statement: They met on a film set.
              about: [ann, bob, the-film]
              citations: [{ source: one, quote: The couple met on a film set in 1987. }]
            """);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(result.Formatter.Format)));
        Assert.Null(site.Page("timeline/index.html").GetElementById("fact-met"));
        Assert.NotNull(site.Page("people/ann/index.html").GetElementById("fact-met"));
    }

    [Theory]
    [InlineData("2019-03", "she told People in 3/14/2019", true)]
    [InlineData("2019-03", "she told People in 2019-03-14", true)]
    [InlineData("2019-03", "she told People in May 2019", false)]
    [InlineData("2019", "she told People in 20190", false)]
    [InlineData("2019-03-14", "she told People on March 14, 2019", true)]
    [InlineData("2019-03-14", "she told People on March 15, 2019", false)]
    [InlineData("2019-09-14", "she told People on Sept. 14, 2019", true)]
    [InlineData("2019-05", "she told People she may in 2019", false)]
    [InlineData("2019-03", "she told People in March; in 2019", true)]
    public async Task The_month_may_be_a_name_or_a_number_and_every_part_must_be_there(string date, string words, bool accepted)
    {
        using var site = TestSite.Create()
            .With("seeds/one.txt", TestSite.SeedText + $"\n\"It was lovely,\" {words}.\n")
            .With("input/quotes.yaml", $$"""
                - id: lovely
                  speakers: [ann]
                  text: It was lovely,
                  source: one
                  date: {{date}}
                  context: On the wedding.
                  citations: [{ source: one, quote: '{{words}}' }]
                """);

        var result = await site.BuildAsync(checkOnly: true);

        Assert.Equal(accepted ? [] : ["SG0117"], result.Diagnostics.Select(d => d.Code));
    }
}
