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
        var unread = new ConcurrentBag<string>();
        var input = ReadableInput(files, diagnostics);
        ReportUnreadFiles(input, diagnostics);
        var records = new ConcurrentDictionary<string, IReadOnlyList<IRecord>>(StringComparer.Ordinal);
        var dataFiles = input.Select(p => ContentLayout.KindOf(p) is { } kind ? new DataFile(kind, p) : null).OfType<DataFile>().ToList();
        // The settings, the pages and the seed articles are read beside the data files.
        var proseAndSeeds = Task.Run(() => (
            Settings: ReadSettings(files, input, ids, unread, diagnostics),
            Pages: input.Where(ContentLayout.IsPage).Select(path => ReadFile(files, path, ids, unread, diagnostics))
                .OfType<FileContent.Prose>().Select(p => p.Page).ToList(),
            Seeds: ReadSeeds(files, unread, diagnostics)));

        // Largest first, and each to whichever thread is free, so that no thread is left reading a large file alone at
        // the end while the others wait.
        var largestFirst = dataFiles.OrderByDescending(file => files.SizeOf(file.Path)).ThenBy(file => file.Path, StringComparer.Ordinal);
        Parallel.ForEach(Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering), file => records[file.Path] =
            ReadFile(files, file.Path, ids, unread, diagnostics) is FileContent.Records { Items: var items } ? items : []);

        // Each file holds only records of the kind its path names.
        List<T> All<T>(DataKind kind) where T : IRecord => dataFiles.Where(f => f.Kind == kind).SelectMany(f => records[f.Path].Cast<T>()).ToList();

        var (settings, pages, seeds) = proseAndSeeds.GetAwaiter().GetResult();
        return new Content(
            settings,
            All<Source>(DataKind.Sources),
            All<Person>(DataKind.People),
            All<Work>(DataKind.Works),
            All<Fact>(DataKind.Facts),
            All<Quote>(DataKind.Quotes),
            All<Claim>(DataKind.Claims),
            pages,
            seeds)
        {
            Unread = unread.Concat(files.Refused).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// The files under input/ that may be read. A folder named like a content file (<c>input/people.yaml/</c>) is
    /// reported as the file that cannot be read, and what it holds is left alone.
    /// </summary>
    private static List<string> ReadableInput(SourceFiles files, DiagnosticBag diagnostics)
    {
        var input = files.Files(ContentLayout.Input, recursive: true, diagnostics).ToList();
        var misnamed = input.SelectMany(FoldersOf).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in misnamed.Order(StringComparer.Ordinal))
        {
            files.ReadText(folder, diagnostics);
        }

        input.RemoveAll(path => FoldersOf(path).Any(misnamed.Contains));
        return input;
    }

    private static IEnumerable<string> FoldersOf(string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            yield return path[..slash];
        }
    }

    private static SiteSettings? ReadSettings(SourceFiles files, List<string> input, IdPool ids, ConcurrentBag<string> unread, DiagnosticBag diagnostics)
    {
        if (!input.Contains(ContentLayout.SiteFile))
        {
            if (!files.WasRefused(ContentLayout.SiteFile))
            {
                diagnostics.Add(Errors.MissingFile(SourceSpan.File(ContentLayout.SiteFile), "the site settings: title, description, language, base_url and couple"));
            }

            return null;
        }

        return ReadFile(files, ContentLayout.SiteFile, ids, unread, diagnostics) is FileContent.Settings { Value: var settings } ? settings : null;
    }

    /// <summary>What one content file holds, or null after noting in <paramref name="unread"/> that it could not be read as a whole.</summary>
    private static FileContent? ReadFile(SourceFiles files, string path, IdPool ids, ConcurrentBag<string> unread, DiagnosticBag diagnostics)
    {
        if (files.ReadText(path, diagnostics) is { } text && Load(path, text, ids, diagnostics) is { } content)
        {
            return content;
        }

        unread.Add(path);
        return null;
    }

    /// <summary>
    /// What one content file's text holds: the settings of <c>input/site.yaml</c>, the page of a Markdown file, or
    /// the records of a data file of the kind its path names; or null when the file cannot be read as a whole, so
    /// that every record in it is lost. Problems go to <paramref name="diagnostics"/>; whatever the text holds,
    /// nothing is thrown.
    /// </summary>
    internal static FileContent? Load(string path, string text, IdPool ids, DiagnosticBag diagnostics)
    {
        if (ControlCharacters.Find(text, out var codePoint) is var at and >= 0)
        {
            diagnostics.Add(Errors.ControlCharacter(TextSpan.At(path, text, at), ControlCharacters.Name(codePoint), escape: null, ControlCharacters.Count(text)));
            return null;
        }

        if (path.EndsWith(".md", StringComparison.Ordinal))
        {
            return PageLoader.Load(path, text, ids, diagnostics) is { } page ? new FileContent.Prose(page) : null;
        }

        var root = YamlDocumentParser.Parse(path, text, 0, diagnostics);
        if (root is null)
        {
            return null;
        }

        var file = new YamlFile(path, root, 0, diagnostics, ids);
        if (path == ContentLayout.SiteFile)
        {
            return file.Record("settings file", Keys.Site.All) is { } reader && RecordLoaders.LoadSettings(reader) is { } settings
                ? new FileContent.Settings(settings)
                : null;
        }

        IEnumerable<IRecord?> loaded = ContentLayout.KindOf(path) switch
        {
            DataKind.Sources => file.Records("source", Keys.Sources.All).Select(RecordLoaders.LoadSource),
            DataKind.People => file.Records("person", Keys.People.All).Select(RecordLoaders.LoadPerson),
            DataKind.Works => file.Records("work", Keys.Works.All).Select(RecordLoaders.LoadWork),
            DataKind.Facts => file.Records("fact", Keys.Facts.All).Select(RecordLoaders.LoadFact),
            DataKind.Quotes => file.Records("quote", Keys.Quotes.All).Select(RecordLoaders.LoadQuote),
            DataKind.Claims => file.Records("claim", Keys.Claims.All).Select(RecordLoaders.LoadClaim),
            _ => throw new InvalidOperationException($"Bug: {path} holds no kind of record."),
        };
        var records = loaded.OfType<IRecord>().ToList();

        // A file that is not a list (already reported) holds no record that can be read.
        return root is YamlSequence ? new FileContent.Records(records) : null;
    }

    /// <summary>Warns about YAML and Markdown files under input/ that no rule reads, which is usually a misnamed file.</summary>
    private static void ReportUnreadFiles(List<string> input, DiagnosticBag diagnostics)
    {
        var expected = ContentLayout.DataFiles().Append(ContentLayout.SiteFile).ToList();
        foreach (var path in input.Where(p => p != ContentLayout.SiteFile && ContentLayout.KindOf(p) is null && !ContentLayout.IsPage(p)))
        {
            diagnostics.Add(Errors.UnreadFile(SourceSpan.File(path), Suggestions.Closest(path, expected)));
        }
    }

    private static Dictionary<string, Seed> ReadSeeds(SourceFiles files, ConcurrentBag<string> unread, DiagnosticBag diagnostics)
    {
        // Read and normalised on every core; kept in file-name order.
        var paths = files.Files(ContentLayout.Seeds, recursive: false, diagnostics);
        var read = new Seed?[paths.Count];
        Parallel.For(0, paths.Count, i => read[i] = ReadSeed(files, paths[i], unread, diagnostics));
        var seeds = new Dictionary<string, Seed>(StringComparer.Ordinal);
        foreach (var seed in read.OfType<Seed>())
        {
            seeds[seed.FileName] = seed;
        }

        return seeds;
    }

    /// <summary>A seed article, or null after reporting why it cannot be read: an empty article can prove nothing.</summary>
    private static Seed? ReadSeed(SourceFiles files, string path, ConcurrentBag<string> unread, DiagnosticBag diagnostics)
    {
        var text = files.ReadText(path, diagnostics);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(Errors.EmptyFile(SourceSpan.File(path)));
            text = null;
        }

        if (text is null)
        {
            unread.Add(path);
            return null;
        }

        return new Seed(Path.GetFileName(path), path, text);
    }

    /// <summary>
    /// A data file and the kind of records it holds. A class rather than a tuple: LINQ's operators over a class share
    /// code compiled ahead of time, where those over a value type are JIT-compiled on every run.
    /// </summary>
    private sealed record DataFile(DataKind Kind, string Path);
}
