using System.Collections.Concurrent;
using Site.Engine.Diagnostics;
using Site.Engine.Model;

namespace Site.Engine.Loading;

/// <summary>The read stage: finds every content file and seed, parses them, and returns the records they hold.</summary>
public static class ContentReader
{
    /// <summary>Reads everything under <c>input/</c> and <c>seeds/</c>; problems go to <paramref name="diagnostics"/>.</summary>
    public static Content Read(SourceFiles files, DiagnosticBag diagnostics)
    {
        var ids = new IdPool();
        var settings = ReadSettings(files, ids, diagnostics);
        ReportUnreadFiles(files, diagnostics);
        var records = new ConcurrentDictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal);
        var dataFiles = ContentLayout.DataKinds.SelectMany(kind => DataFiles(files, kind), (kind, path) => new DataFile(kind, path)).ToList();
        Parallel.ForEach(dataFiles, file => records[file.Path] = files.ReadText(file.Path, diagnostics) is { } text ? Load(file.Path, text, ids, diagnostics) : []);

        List<T> All<T>(string kind) => dataFiles.Where(f => f.Kind == kind).SelectMany(f => records[f.Path].Cast<T>()).ToList();

        return new Content(
            settings,
            All<Source>("sources"),
            All<Person>("people"),
            All<Work>("works"),
            All<Fact>("facts"),
            All<Quote>("quotes"),
            All<Claim>("claims"),
            ReadPages(files, ids, diagnostics),
            ReadSeeds(files, diagnostics));
    }

    private static SiteSettings? ReadSettings(SourceFiles files, IdPool ids, DiagnosticBag diagnostics)
    {
        if (!File.Exists(Path.Combine(files.Root, ContentLayout.SiteFile)))
        {
            diagnostics.Add(Errors.MissingFile(SourceSpan.File(ContentLayout.SiteFile), "the site settings: title, description, language, base_url and couple"));
            return null;
        }

        return files.ReadText(ContentLayout.SiteFile, diagnostics) is { } text
            ? Load(ContentLayout.SiteFile, text, ids, diagnostics).OfType<SiteSettings>().FirstOrDefault()
            : null;
    }

    /// <summary>
    /// The records in one content file's text: the settings of <c>input/site.yaml</c>, the page of a Markdown file, or
    /// the records of a data file of the kind its path names. Problems go to <paramref name="diagnostics"/>; whatever
    /// the text holds, nothing is thrown.
    /// </summary>
    internal static IReadOnlyList<object> Load(string path, string text, IdPool ids, DiagnosticBag diagnostics)
    {
        if (ControlCharacters.Find(text, out var codePoint) is var at and >= 0)
        {
            diagnostics.Add(Errors.ControlCharacter(TextSpan.At(path, text, at), ControlCharacters.Name(codePoint), escape: null, ControlCharacters.Count(text)));
            return [];
        }

        if (path.EndsWith(".md", StringComparison.Ordinal))
        {
            return PageLoader.Load(path, text, ids, diagnostics) is { } page ? [page] : [];
        }

        var root = YamlDocumentParser.Parse(path, text, 0, diagnostics);
        if (root is null)
        {
            return [];
        }

        var file = new YamlFile(path, root, 0, diagnostics, ids);
        if (path == ContentLayout.SiteFile)
        {
            return file.Record("settings file", Keys.Site.All) is { } reader && RecordLoaders.LoadSettings(reader) is { } settings ? [settings] : [];
        }

        IEnumerable<object?> loaded = ContentLayout.KindOf(path) switch
        {
            "sources" => file.Records("source", Keys.Sources.All).Select(RecordLoaders.LoadSource),
            "people" => file.Records("person", Keys.People.All).Select(RecordLoaders.LoadPerson),
            "works" => file.Records("work", Keys.Works.All).Select(RecordLoaders.LoadWork),
            "facts" => file.Records("fact", Keys.Facts.All).Select(RecordLoaders.LoadFact),
            "quotes" => file.Records("quote", Keys.Quotes.All).Select(RecordLoaders.LoadQuote),
            "claims" => file.Records("claim", Keys.Claims.All).Select(RecordLoaders.LoadClaim),
            var kind => throw new InvalidOperationException($"Bug: no loader for data kind '{kind}' of {path}."),
        };
        return loaded.OfType<object>().ToList();
    }

    /// <summary>Warns about YAML and Markdown files under input/ that no rule reads, which is usually a misnamed file.</summary>
    private static void ReportUnreadFiles(SourceFiles files, DiagnosticBag diagnostics)
    {
        var input = Path.Combine(files.Root, ContentLayout.Input);
        if (!Directory.Exists(input))
        {
            return;
        }

        var expected = ContentLayout.DataKinds.Select(k => $"input/{k}.yaml").Append(ContentLayout.SiteFile).ToList();
        foreach (var path in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Select(files.Relative).Order(StringComparer.Ordinal))
        {
            var isRead = expected.Contains(path)
                || ContentLayout.DataKinds.Any(k => path.StartsWith($"input/{k}/", StringComparison.Ordinal) && path.EndsWith(".yaml", StringComparison.Ordinal))
                || (path.StartsWith(ContentLayout.PagesFolder + "/", StringComparison.Ordinal) && path.EndsWith(".md", StringComparison.Ordinal) && path.Count(c => c == '/') == 2);
            if (!isRead)
            {
                diagnostics.Add(Errors.UnreadFile(SourceSpan.File(path), Suggestions.Closest(path, expected)));
            }
        }
    }

    private static IEnumerable<string> DataFiles(SourceFiles files, string kind)
    {
        var single = Path.Combine(files.Root, ContentLayout.Input, kind + ".yaml");
        var folder = Path.Combine(files.Root, ContentLayout.Input, kind);
        var paths = new List<string>();
        if (File.Exists(single))
        {
            paths.Add(single);
        }

        if (Directory.Exists(folder))
        {
            paths.AddRange(Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories));
        }

        return paths.Select(files.Relative).Order(StringComparer.Ordinal);
    }

    private static List<Page> ReadPages(SourceFiles files, IdPool ids, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(files.Root, ContentLayout.PagesFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var pages = new List<Page>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Select(files.Relative).Order(StringComparer.Ordinal))
        {
            if (files.ReadText(path, diagnostics) is { } text)
            {
                pages.AddRange(Load(path, text, ids, diagnostics).Cast<Page>());
            }
        }

        return pages;
    }

    private static Dictionary<string, Seed> ReadSeeds(SourceFiles files, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(files.Root, ContentLayout.Seeds);
        var seeds = new Dictionary<string, Seed>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return seeds;
        }

        // Read and normalised on every core; kept in file-name order.
        var paths = Directory.EnumerateFiles(folder).Select(files.Relative).Order(StringComparer.Ordinal).ToList();
        var read = new Seed?[paths.Count];
        Parallel.For(0, paths.Count, i => read[i] = files.ReadText(paths[i], diagnostics) is { } text
            ? new Seed(Path.GetFileName(paths[i]), paths[i], QuoteText.Normalize(text))
            : null);
        foreach (var seed in read.OfType<Seed>())
        {
            seeds[seed.FileName] = seed;
        }

        return seeds;
    }

    /// <summary>
    /// A data file and the kind of records it holds. A class rather than a tuple: LINQ's operators over a class share
    /// code compiled ahead of time, where those over a value type are JIT-compiled on every run.
    /// </summary>
    private sealed record DataFile(string Kind, string Path);
}
