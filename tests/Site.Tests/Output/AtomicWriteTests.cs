using Site.Engine.Output;
using Site.Tests.Support;

namespace Site.Tests.Output;

/// <summary>A failed build leaves output/ exactly as it was; a good one replaces it whole.</summary>
public sealed class AtomicWriteTests
{
    [Fact]
    public async Task A_citation_whose_quote_is_not_in_its_seed_fails_the_build_naming_file_and_line_and_leaves_output_untouched()
    {
        // Given a site built once, with a file of our own added to its output
        using var site = TestSite.Create();
        Assert.True((await site.BuildAsync()).Succeeded);
        site.With("output/keep-me.txt", "mine");
        var before = Snapshot.Of(site.Output);

        // When a fact's quote is changed to words the seed does not contain
        site.With("input/facts/all.yaml", """
            - id: met
              statement: They met on a film set.
              about: [ann, bob]
              citations:
                - source: one
                  quote: They met at a party in 1999.
            """);
        var result = await site.BuildAsync();

        // Then the build fails at that file, line and column, and output/ is byte for byte as it was
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SG0104", error.Code);
        Assert.Equal("input/facts/all.yaml:6:14", error.Span.ToString());
        var printed = result.Formatter.Format(error);
        Assert.StartsWith("input/facts/all.yaml:6:14: error SG0104: quote not found in its source", printed, StringComparison.Ordinal);
        Assert.Contains("seeds/one.txt", printed, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot.Of(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public async Task A_rebuild_rewrites_only_the_files_whose_bytes_changed()
    {
        // Given a built site
        using var site = TestSite.Create();
        var first = await site.BuildAsync();
        var unrelated = new FileInfo(Path.Combine(site.Output, "assets", "site.css")).LastWriteTimeUtc;

        // When it is built again unchanged, nothing is written
        var again = await site.BuildAsync();
        Assert.Equal(0, again.Written.FilesWritten);
        Assert.Equal(first.Written.FilesWritten + 1, Snapshot.Of(site.Output).Count); // and the manifest

        // When one quote's context changes, only the pages that show that quote are rewritten
        site.With("input/quotes.yaml", """
            - id: happy
              speakers: [ann]
              text: We are very happy,
              source: one
              context: On their marriage, years later.
            """);
        var edited = await site.BuildAsync();
        Assert.InRange(edited.Written.FilesWritten, 1, first.Written.FilesWritten / 2);
        Assert.Contains("years later", await File.ReadAllTextAsync(Path.Combine(site.Output, "quotes", "index.html")), StringComparison.Ordinal);
        Assert.Equal(unrelated, new FileInfo(Path.Combine(site.Output, "assets", "site.css")).LastWriteTimeUtc);
    }

    [Fact]
    public async Task A_successful_build_replaces_output_whole_and_leaves_no_staging_folder()
    {
        // Given a built site with a page that an earlier build wrote and the site no longer has
        using var site = TestSite.Create();
        Assert.True((await site.BuildAsync()).Succeeded);
        site.With("output/stale.html", "old");
        await File.AppendAllLinesAsync(Path.Combine(site.Output, OutputFolder.ManifestName), ["stale.html"]);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }
}
