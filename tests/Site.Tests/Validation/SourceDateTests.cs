using Site.Tests.Support;

namespace Site.Tests.Validation;

/// <summary>A source's date is backed by its article in the forms English articles write dates in, not only as 2031-04-01.</summary>
public sealed class SourceDateTests
{
    [Theory]
    [InlineData("Published April 1, 2031.", "2031-04-01")]
    [InlineData("Published Tuesday, April 1, 2031.", "2031-04-01")]
    [InlineData("Published 30 January 2024.", "2024-01-30")]
    [InlineData("Published Tue 30 Jan 2024.", "2024-01-30")]
    [InlineData("Published Sept. 3rd, 2024.", "2024-09-03")]
    [InlineData("Published on the 3rd of September, 2024.", "2024-09-03")]
    [InlineData("Published 2024-09-03.", "2024-09-03")]
    [InlineData("Published in September 2024.", "2024-09")]
    [InlineData("Published September 3, 2024.", "2024-09")]
    public async Task An_article_that_writes_the_date_in_words_backs_the_sources_date(string words, string date)
    {
        // Given an article that writes its date in words, and a source that gives that date
        using var site = WithSourceDate(words, date);

        // When the site is checked
        var result = await site.BuildAsync(checkOnly: true);

        // Then the date is accepted
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(result.Formatter.Format)));
    }

    [Theory]
    [InlineData("Published April 1, 2031.", "2031-04-02", "`April 2, 2031` or `2 April 2031`")]
    [InlineData("Published April 1, 2031.", "2031-05-01", "`May 1, 2031` or `1 May 2031`")]
    [InlineData("Published April 1, 2031.", "2030-04-01", "`April 1, 2030` or `1 April 2030`")]
    [InlineData("Published April 11, 2031.", "2031-04-01", "`April 1, 2031` or `1 April 2031`")]
    [InlineData("Published 21 April 2031.", "2031-04-01", "`April 1, 2031` or `1 April 2031`")]
    [InlineData("Published in April 2031.", "2031-04-01", "`April 1, 2031` or `1 April 2031`")]
    public async Task A_date_the_article_does_not_write_is_an_error_that_names_the_forms_accepted(string words, string date, string forms)
    {
        // Given an article whose words give another date than its source, or a less precise one
        using var site = WithSourceDate(words, date);

        // When the site is checked
        var result = await site.BuildAsync(checkOnly: true);

        // Then the date is refused, and the message shows the forms the article could write it in
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("SG0111", "the date is not stated in the article"), (error.Code, error.Message));
        Assert.StartsWith($"the date written in seeds/one.txt as `{date}`, {forms}; also with ", error.Expected, StringComparison.Ordinal);
        Assert.Contains("a weekday first", error.Expected, StringComparison.Ordinal);
    }

    private static TestSite WithSourceDate(string words, string date) =>
        TestSite.Create()
            .With("seeds/one.txt", TestSite.SeedText + "\n" + words + "\n")
            .With("input/sources.yaml", $"""
                - id: one
                  seed: one.txt
                  date: {date}
                  summary: The only article.
                """);
}
