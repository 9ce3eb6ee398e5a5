using System.Text.RegularExpressions;
using Site.Engine.Diagnostics;
using Site.Engine.Loading;
using Site.Engine.Model;
using Site.Engine.Passages;
using Site.Tests.Support;

namespace Site.Tests.Passages;

/// <summary>
/// A quote not found in its article gets the article's closest passage, at its line and column in the seed file, and
/// a fix ready to paste; a quote from another article gets that article; a quote like nothing gets told so.
/// </summary>
public sealed partial class ClosestPassageTests
{
    private const string LongPassage =
        "Over the years they restored the old barn together, painting it red every spring and keeping bees behind it, while the children learned to ride";

    /// <summary>A second article of several lines, the long passage in the middle of its third.</summary>
    private static readonly string Farm = $"""
        Life on the farm

        Friends say the couple found their balance far from the city. {LongPassage} on the slow pony they named Biscuit.
        Nobody in the family remembers who chose the name.
        """;

    private static TestSite SiteWithFarm(string fact) => TestSite.Create()
        .With("seeds/farm.txt", Farm)
        .With("input/sources.yaml", """
            - id: one
              seed: one.txt
              date: 2020-05-01
              summary: The first article.
            - id: farm
              seed: farm.txt
              summary: The second article.
            """)
        .With("input/facts/farm.yaml", fact);

    private static string FactCiting(string source, string quote) => $"""
        - id: barn
          statement: They restored a barn.
          about: [ann, bob]
          citations:
            - source: {source}
              quote: {quote}
        """;

    [Fact]
    public async Task A_misquote_with_two_words_changed_in_a_long_passage_gets_that_passage_at_its_line_and_column()
    {
        // Given a fact that quotes the long passage with two of its words changed
        var misquote = LongPassage.Replace("painting it red", "painting it blue", StringComparison.Ordinal).Replace("bees", "goats", StringComparison.Ordinal);
        using var site = SiteWithFarm(FactCiting("farm", misquote));

        // When the site is checked
        var problem = Assert.Single((await site.BuildAsync(checkOnly: true)).Diagnostics);

        // Then the note names the passage and where it starts in the seed file, found here by plain search
        var line = Farm.Split('\n').Select((text, i) => (text, i)).Single(l => l.text.Contains(LongPassage, StringComparison.Ordinal));
        var at = $"seeds/farm.txt:{line.i + 1}:{line.text.IndexOf(LongPassage, StringComparison.Ordinal) + 1}";
        Assert.Equal("SG0104", problem.Code);
        Assert.Equal($"the closest passage in that article, at {at}, is: {LongPassage}", problem.Note);
        Assert.Equal($"write the words as the article has them: `quote: {LongPassage}`", problem.Fix);

        // And the fix, pasted over the quote, passes
        site.With("input/facts/farm.yaml", FactCiting("farm", Pasted(problem.Fix!)));
        Assert.Empty((await site.BuildAsync(checkOnly: true)).Diagnostics);
    }

    [Fact]
    public async Task A_quote_from_another_article_suggests_that_article_and_its_source()
    {
        // Given a fact that cites the first article with words from the second
        using var site = SiteWithFarm(FactCiting("one", "keeping bees behind it, while the children learned to ride"));

        // When the site is checked
        var problem = Assert.Single((await site.BuildAsync(checkOnly: true)).Diagnostics);

        // Then the other article's passage is offered with its source and place, ready to paste
        var column = Farm.Split('\n')[2].IndexOf("keeping bees", StringComparison.Ordinal) + 1;
        Assert.Equal("SG0104", problem.Code);
        Assert.Equal($"another article is closer, at seeds/farm.txt:3:{column} (source `farm`): keeping bees behind it, while the children learned to ride", problem.Note);
        Assert.Equal("to cite the other article, write `source: farm` and `quote: keeping bees behind it, while the children learned to ride`", problem.Fix);
    }

    [Fact]
    public async Task A_quote_like_nothing_in_any_article_is_told_so()
    {
        using var site = SiteWithFarm(FactCiting("farm", "the purple elephant danced under a frozen moon"));

        var problem = Assert.Single((await site.BuildAsync(checkOnly: true)).Diagnostics);

        Assert.Equal("nothing in that article or any other is close to these words", problem.Note);
        Assert.Equal("copy the words verbatim from the article, punctuation included, or correct `source`.", problem.Fix);
    }

    [Fact]
    public void Every_quote_of_the_real_site_with_two_words_changed_finds_its_own_words_again()
    {
        // Given every citation of the real site of eight words or more, each with its second and second-to-last word changed
        var content = ContentReader.Read(new SourceFiles(RepoPaths.Root), new DiagnosticBag());
        var library = new PassageLibrary(content);
        var citations = content.Citations().Where(c => QuoteWords.Count(c.Quote.Value) >= 8).DistinctBy(c => c.Quote.Value).ToList();

        // When each is looked up in its article
        var missed = citations
            .Select(c => (Quote: c.Quote.Value, Found: library.Closest(Misquote(c.Quote.Value), c.Source.Value, searchOthers: true)))
            .Where(r => r.Found.Elsewhere is not null || r.Found.Cited is null || QuoteText.Normalize(r.Found.Cited.Text) != QuoteText.Normalize(r.Quote))
            .Select(r => $"{r.Quote} => {r.Found.Cited?.Text ?? "nothing"}")
            .ToList();

        // Then each finds exactly its own words, in its own article
        Assert.True(citations.Count >= 50, $"{citations.Count} citations");
        Assert.Empty(missed);
    }

    [Fact]
    public async Task Among_many_alike_articles_a_quote_cited_from_the_wrong_one_finds_the_one_that_holds_it()
    {
        // Given sixty articles written from one template, each with its own town and year
        var site = TestSite.Create();
        var sources = new List<string>();
        static string Article(int i) => $"The film was shot over {i + 3} weeks in Town{i}, with most scenes filmed at dawn in {1950 + i}.";
        for (var i = 0; i < 60; i++)
        {
            site.With($"seeds/town-{i}.txt", Article(i));
            sources.Add($"- id: town-{i}\n  seed: town-{i}.txt\n  summary: Article {i}.\n");
        }

        using var _ = site.With("input/sources.yaml", string.Join('\n', sources))
            .With("input/facts/all.yaml", FactCiting("town-5", "with most scenes filmed at dawn in 1991"));

        // When the site is checked
        var problem = Assert.Single((await site.BuildAsync(checkOnly: true)).Diagnostics, d => d.Code == "SG0104");

        // Then the article that holds the words is offered, though every article is close
        var column = (int i) => Article(i).IndexOf("with", StringComparison.Ordinal) + 1;
        Assert.Equal($"the closest passage in that article, at seeds/town-5.txt:1:{column(5)}, is: with most scenes filmed at dawn in 1955\n"
            + $"another article is closer, at seeds/town-41.txt:1:{column(41)} (source `town-41`): with most scenes filmed at dawn in 1991", problem.Note);
    }

    /// <summary>The quote with its second and second-to-last words replaced.</summary>
    private static string Misquote(string quote)
    {
        var words = quote.Split(' ');
        words[1] = "zebra";
        words[^2] = "walrus";
        return string.Join(' ', words);
    }

    /// <summary>The value of the <c>quote:</c> line between the backticks of a fix.</summary>
    private static string Pasted(string fix) => PastedQuote().Match(fix).Groups[1].Value;

    [GeneratedRegex("`quote: (.*)`")]
    private static partial Regex PastedQuote();
}
