using Site.Engine.Diagnostics;
using Site.Engine.Loading;
using Site.Engine.Passages;

namespace Site.Cli;

/// <summary>
/// The <c>quote</c> command: finds the passages of the source articles that hold some words, and prints each with where
/// it is, its sentence, and a citation ready to paste under a fact's <c>citations:</c>.
/// </summary>
internal static class QuoteCommand
{
    /// <summary>How many passages are printed at most.</summary>
    public const int Limit = 5;

    /// <summary>Prints the passages with <paramref name="words"/>; returns 0 when one is found, 1 when none is.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> words, CommandOptions options, TextWriter output)
    {
        // Only the sources and their seeds are needed; mistakes elsewhere in the content are for `check` to report.
        var content = ContentReader.Read(new SourceFiles(options.Root), new DiagnosticBag());
        var library = new PassageLibrary(content);
        var passages = PassageSearch.Find(words, library.Articles, Limit);
        var looked = CommandLine.Printable(string.Join(' ', words));
        var unlisted = content.Seeds.Values
            .Where(seed => !content.Sources.Any(s => s.Seed.Value == seed.FileName))
            .Select(seed => seed.Path)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (unlisted.Count > 0)
        {
            await output.WriteLineAsync($"Not searched, having no entry in input/sources.yaml: {CommandLine.Printable(string.Join(", ", unlisted))}.\n");
        }

        if (passages.Count == 0)
        {
            await output.WriteLineAsync($"No passage of the articles has the words \"{looked}\" or words close to them.");
            return 1;
        }

        await output.WriteLineAsync($"Passages with the words \"{looked}\", best first:\n");
        foreach (var passage in passages)
        {
            await output.WriteLineAsync($"{passage.SourceId}  {CommandLine.Printable(passage.Location)}");
            await output.WriteLineAsync($"  {VisibleText.Of(passage.Sentence)}\n");
            foreach (var line in YamlSnippet.ListEntry((Keys.Citations.Source, passage.SourceId), (Keys.Citations.Quote, passage.Text)))
            {
                await output.WriteLineAsync($"    {VisibleText.Of(line)}");
            }

            await output.WriteLineAsync();
        }

        await output.WriteLineAsync("Paste a citation under `citations:` in a fact of input/facts/, then run `check`.");
        return 0;
    }
}
