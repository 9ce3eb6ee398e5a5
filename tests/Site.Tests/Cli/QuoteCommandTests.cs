using Site.Cli;
using Site.Tests.Support;

namespace Site.Tests.Cli;

/// <summary>
/// <c>site quote WORDS…</c> finds the passages of the articles with those words, and prints each with its source, its
/// place in the seed file, its sentence and a citation that passes <c>check</c> once pasted into a fact.
/// </summary>
public sealed class QuoteCommandTests
{
    private const string Goats = "singing with the goats on their farm";

    [Fact]
    public async Task Quote_finds_a_known_passage_by_two_of_its_words_with_its_place_sentence_and_citation()
    {
        // Given the real site, and where the words are in their article
        var seed = await File.ReadAllLinesAsync(Path.Combine(RepoPaths.Root, "seeds", "003_fa6374fa60740cc2.txt"));
        var line = Array.FindIndex(seed, l => l.Contains(Goats, StringComparison.Ordinal));
        var column = seed[line].IndexOf(Goats, StringComparison.Ordinal) + 1;

        // When a fan looks for two of its words
        var (exitCode, output) = await Quote(RepoPaths.Root, "goats", "farm");

        // Then the passage comes first, with its source, place, sentence and a citation of its clause
        Assert.Equal(0, exitCode);
        var lines = output.Split('\n');
        Assert.Equal("Passages with the words \"goats farm\", best first:", lines[0]);
        Assert.Equal($"inside-their-marriage  seeds/003_fa6374fa60740cc2.txt:{line + 1}:{column}", lines[2]);
        Assert.Equal("  Sedgwick and Bacon, though, make it look easy, whether they're walking the red carpet at a movie premiere, singing with the goats on their farm, or starring in each other's movies.", lines[3]);
        Assert.Equal(["    - source: inside-their-marriage", $"      quote: {Goats}"], lines[5..7]);
    }

    [Fact]
    public async Task A_citation_quote_prints_passes_check_when_pasted_into_a_fact()
    {
        // Given a copy of the real site, and the first citation quote prints for two words
        using var site = CopyOfRealSite();
        var (_, output) = await Quote(site.Root, "goats", "farm");
        var citation = output.Split('\n').SkipWhile(l => !l.StartsWith("    - source:", StringComparison.Ordinal)).Take(2).ToList();
        Assert.Equal(["    - source: inside-their-marriage", $"      quote: {Goats}"], citation);

        // When it is pasted under a new fact's citations, and the site checked
        site.With("input/facts/pasted.yaml", string.Join('\n', [
            "- id: pasted-goats",
            "  statement: They sing to their goats.",
            "  about: [kevin-bacon, kyra-sedgwick]",
            "  citations:",
            .. citation,
            string.Empty]));
        var errors = new StringWriter();
        var exitCode = await CommandLine.RunAsync(["check", "--root", site.Root, "--theme", RepoPaths.Theme], new StringWriter(), errors);

        // Then the fact passes
        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("pasted.yaml", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_close_to_the_articles_words_find_them_too()
    {
        var (exitCode, output) = await Quote(RepoPaths.Root, "goat", "farn");

        Assert.Equal(0, exitCode);
        Assert.Contains($"      quote: {Goats}\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_no_article_has_are_told_so_with_exit_code_1()
    {
        var (exitCode, output) = await Quote(RepoPaths.Root, "purple", "elephant");

        Assert.Equal(1, exitCode);
        Assert.Equal("No passage of the articles has the words \"purple elephant\" or words close to them.\n", output);
    }

    [Fact]
    public async Task A_seed_without_a_source_is_named_as_not_searched()
    {
        using var site = TestSite.Create().With("seeds/stray.txt", "The couple met on a film set in 1987.");

        var (exitCode, output) = await Quote(site.Root, "film", "set");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Not searched, having no entry in input/sources.yaml: seeds/stray.txt.\n", output, StringComparison.Ordinal);
        Assert.Contains("    - source: one\n      quote: The couple met on a film set in 1987\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quote_without_words_is_a_usage_mistake()
    {
        var errors = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["quote", "--root", RepoPaths.Root], new StringWriter(), errors);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: quote needs the words to look for, such as: site quote goats farm", errors.ToString(), StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> Quote(string root, params string[] words)
    {
        var output = new StringWriter();
        var exitCode = await CommandLine.RunAsync(["quote", .. words, "--root", root, "--theme", RepoPaths.Theme], output, new StringWriter());
        return (exitCode, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>The real site's input and seeds in a temporary folder.</summary>
    private static TestSite CopyOfRealSite()
    {
        var site = TestSite.Create();
        foreach (var folder in new[] { "input", "seeds" })
        {
            Directory.Delete(Path.Combine(site.Root, folder), recursive: true);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*", SearchOption.AllDirectories))
            {
                site.With(Path.GetRelativePath(RepoPaths.Root, file), File.ReadAllText(file));
            }
        }

        return site;
    }
}
