using System.Text.RegularExpressions;
using Site.Cli;
using Site.Engine.Output;
using Site.Tests.Support;

namespace Site.Tests.Validation;

/// <summary>
/// One folder per mistake a fan can make, under <c>Validation/Cases/</c>: <c>site/</c> holds files laid over the
/// minimal test site, <c>delete.txt</c> (optional) lists files to remove from it, and <c>expected.txt</c> is exactly
/// what <c>site build</c> prints to standard error. Set <c>SITE_ACCEPT=1</c> to write the actual output into
/// <c>expected.txt</c> for a new case, then review it like any other change.
/// </summary>
public sealed partial class CaseCorpusTests
{
    /// <summary>
    /// Codes only the theme can cause (a fan cannot write them), so no content case can show them; Output/PageCheckTests
    /// breaks the theme's output on purpose to show each of them.
    /// </summary>
    private static readonly string[] ThemeOnlyCodes = ["SG0303", "SG0304"];

    private static string CasesFolder => Path.Combine(RepoPaths.Root, "tests", "Site.Tests", "Validation", "Cases");

    public static TheoryData<string> Cases() =>
        new(Directory.EnumerateDirectories(CasesFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Build_reports_exactly_the_expected_diagnostics_and_keeps_output_on_failure(string name)
    {
        // Given the minimal site with the case's files laid over it, and an output folder from an earlier build
        var folder = Path.Combine(CasesFolder, name);
        using var site = TestSite.Create().With("output/index.html", "<p>an earlier build</p>").With("output/" + OutputFolder.ManifestName, "index.html\n");
        Overlay(site, folder);
        var before = Snapshot.Of(site.Output);

        // When the fan builds
        var output = new StringWriter();
        var errors = new StringWriter();
        var exitCode = await CommandLine.RunAsync(["build", "--root", site.Root, "--theme", RepoPaths.Theme], output, errors);

        // Then exactly the expected diagnostics are printed, the exit code says whether any is an error,
        // and a failed build leaves output/ byte for byte as it was
        var actual = errors.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        var expectedPath = Path.Combine(folder, "expected.txt");
        if (Environment.GetEnvironmentVariable("SITE_ACCEPT") == "1")
        {
            await File.WriteAllTextAsync(expectedPath, actual);
        }

        var expected = (await File.ReadAllTextAsync(expectedPath)).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, actual);
        var hasErrors = expected.Contains(": error SG", StringComparison.Ordinal);
        Assert.Equal(hasErrors ? 1 : 0, exitCode);
        if (hasErrors)
        {
            Assert.Equal(before, Snapshot.Of(site.Output));
            Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
        }
    }

    [Fact]
    public void Every_code_in_the_error_catalogue_has_a_case()
    {
        var catalogue = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "Site.Engine", "Diagnostics"), "Errors*.cs")
            .SelectMany(f => CodePattern().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .ToHashSet();
        var covered = Directory.EnumerateFiles(CasesFolder, "expected.txt", SearchOption.AllDirectories)
            .SelectMany(f => CodePattern().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .Append(OversizedFileTests.Code)
            .ToHashSet();

        Assert.True(catalogue.Count >= 35);
        Assert.Empty(catalogue.Except(covered).Except(ThemeOnlyCodes).Order());
    }

    [Fact]
    public void The_corpus_has_at_least_thirty_cases()
    {
        Assert.True(Cases().Count >= 30);
    }

    private static void Overlay(TestSite site, string folder)
    {
        var files = Path.Combine(folder, "site");
        if (Directory.Exists(files))
        {
            foreach (var file in Directory.EnumerateFiles(files, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(site.Root, Path.GetRelativePath(files, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }

        var deletions = Path.Combine(folder, "delete.txt");
        if (File.Exists(deletions))
        {
            foreach (var path in File.ReadAllLines(deletions).Where(l => l.Length > 0))
            {
                site.Without(path);
            }
        }
    }

    [GeneratedRegex("SG[0-9]{4}")]
    private static partial Regex CodePattern();
}
