using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Site.Engine;
using Site.Theme;

namespace Site.Tests.Support;

/// <summary>
/// A small site in a temporary folder: a valid minimal input that a test changes file by file, then builds
/// with the real theme.
/// </summary>
internal sealed class TestSite : IDisposable
{
    /// <summary>The one seed article of the minimal site.</summary>
    public const string SeedText = """
        date 2020-05-01 The couple met on a film set in 1987. They married in 1988.
        "We are very happy," she said. Their friend said they were "made for each other".
        """;

    /// <summary>The one fact of the minimal site, in <c>input/facts/all.yaml</c>.</summary>
    public const string FactText = """
        - id: met
          statement: They met on a film set.
          about: [ann, bob, the-film]
          date: 1987
          citations:
            - source: one
              quote: The couple met on a film set in 1987.
        """;

    private TestSite(string root) => Root = root;

    /// <summary>The site's project folder.</summary>
    public string Root { get; }

    /// <summary>The output folder.</summary>
    public string Output => Path.Combine(Root, "output");

    /// <summary>A minimal valid site: settings, one seed and source, the couple, one work, one fact, one quote.</summary>
    public static TestSite Create()
    {
        var site = new TestSite(Path.Combine(Path.GetTempPath(), "site-test-" + Guid.NewGuid().ToString("N")));
        site.With("seeds/one.txt", SeedText)
            .With("input/site.yaml", """
                title: Test Site
                description: A test site.
                language: en
                base_url: https://example.org/
                couple: [ann, bob]
                """)
            .With("input/sources.yaml", """
                - id: one
                  seed: one.txt
                  date: 2020-05-01
                  summary: The only article.
                """)
            .With("input/people.yaml", """
                - id: ann
                  name: Ann
                  relation: Bob's wife
                  citations: [{ source: one, quote: They married in 1988. }]
                - id: bob
                  name: Bob
                  relation: Ann's husband
                  citations: [{ source: one, quote: They married in 1988. }]
                """)
            .With("input/works.yaml", """
                - id: the-film
                  title: The Film
                  kind: film
                  year: 1987
                  summary: Where they met.
                  citations: [{ source: one, quote: The couple met on a film set in 1987. }]
                  credits:
                    - { person: ann, role: acted, citations: [{ source: one, quote: met on a film set }] }
                    - { person: bob, role: acted, citations: [{ source: one, quote: met on a film set }] }
                """)
            .With("input/facts/all.yaml", FactText)
            .With("input/quotes.yaml", """
                - id: happy
                  speakers: [ann]
                  text: We are very happy,
                  source: one
                  context: On their marriage.
                """);
        return site;
    }

    /// <summary>Writes a file under the site's folder, replacing any earlier content.</summary>
    public TestSite With(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>
    /// Copies the real theme's assets into the site's own <c>theme/assets</c>, for a test that changes them, and its
    /// font into <c>theme/fonts</c>.
    /// </summary>
    public TestSite WithThemeAssets()
    {
        Directory.CreateDirectory(Path.Combine(Root, "theme", "fonts"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "fonts")))
        {
            File.Copy(file, Path.Combine(Root, "theme", "fonts", Path.GetFileName(file)), overwrite: true);
        }

        var assets = Path.Combine(Root, "theme", "assets");
        Directory.CreateDirectory(assets);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "assets")))
        {
            File.Copy(file, Path.Combine(assets, Path.GetFileName(file)), overwrite: true);
        }

        return this;
    }

    /// <summary>Deletes a file of the site.</summary>
    public TestSite Without(string relativePath)
    {
        File.Delete(Path.Combine(Root, relativePath));
        return this;
    }

    /// <summary>Runs the whole pipeline with the real theme.</summary>
    public Task<BuildResult> BuildAsync(string? basePath = null, bool checkOnly = false) =>
        new BuildPipeline(new ThemeRenderer(RepoPaths.Theme)).RunAsync(new BuildOptions(Root, null, basePath, checkOnly));

    /// <summary>Parses a generated page.</summary>
    public IHtmlDocument Page(string outputPath) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, outputPath)));

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
