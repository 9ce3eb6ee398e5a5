using System.Collections.Concurrent;

namespace Site.Engine.Output;

/// <summary>
/// The write stage, in two steps, so that a failed build never touches the output folder. While pages are rendered and
/// checked, <see cref="Stage"/> puts each file whose bytes differ from the one in the output folder into a staging
/// folder beside it; nothing is held in memory. Once every check has passed, <see cref="Commit"/> moves the staged files
/// into place (each by a rename, so a reader sees the old file or the new one, never half of one) and deletes the files
/// the site no longer has. Disposing without committing deletes the staging folder and leaves the output as it was.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly bool _fresh;
    private readonly ConcurrentDictionary<string, byte> _wanted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _changed = new();
    private long _bytesStaged;
    private bool _committed;

    /// <summary>Prepares to replace the contents of <paramref name="outputDirectory"/>, which need not exist yet.</summary>
    public StagedOutput(string outputDirectory)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_output) ?? throw new InvalidOperationException("Bug: the output folder has no parent.");
        _staging = Path.Combine(parent, $".{Path.GetFileName(_output)}-staging-{Environment.ProcessId}");
        _fresh = !Directory.Exists(_output);
        DeleteIfExists(_staging);
    }

    /// <summary>
    /// Records that the site has the file at <paramref name="outputPath"/> (relative to the output folder), and stages
    /// <paramref name="content"/> unless the output folder already holds exactly those bytes. Safe to call from several
    /// threads at once.
    /// </summary>
    public void Stage(string outputPath, ReadOnlySpan<byte> content)
    {
        var target = Path.GetFullPath(Path.Combine(_output, outputPath));
        if (!target.StartsWith(_output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Bug: refusing to write '{outputPath}' outside the output folder.");
        }

        _wanted.TryAdd(target, 0);
        if (!_fresh && IsSame(target, content))
        {
            return;
        }

        var staged = Path.Combine(_staging, outputPath);
        EnsureFolder(Path.GetDirectoryName(staged)!);
        File.WriteAllBytes(staged, content);
        _changed.Enqueue(outputPath);
        Interlocked.Add(ref _bytesStaged, content.Length);
    }

    /// <summary>Moves every staged file into the output folder and deletes the files the site no longer has.</summary>
    public WriteResult Commit()
    {
        _committed = true;
        var result = new WriteResult(_changed.Count, Interlocked.Read(ref _bytesStaged), 0);
        if (_fresh)
        {
            EnsureFolder(_staging);
            Directory.Move(_staging, _output);
            return result;
        }

        foreach (var outputPath in _changed)
        {
            var target = Path.Combine(_output, outputPath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(_staging, outputPath), target, overwrite: true);
        }

        DeleteIfExists(_staging);
        var stale = Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories).Where(f => !_wanted.ContainsKey(f)).ToList();
        stale.ForEach(File.Delete);
        foreach (var folder in Directory.EnumerateDirectories(_output, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }

        return result with { FilesDeleted = stale.Count };
    }

    /// <summary>Deletes the staging folder; after a <see cref="Commit"/> there is nothing left to delete.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            DeleteIfExists(_staging);
        }
    }

    /// <summary>Creates a folder once; a thread that finds it recorded knows that its creation has finished.</summary>
    private void EnsureFolder(string folder) => _folders.GetOrAdd(folder, static f =>
    {
        Directory.CreateDirectory(f);
        return 0;
    });

    private static bool IsSame(string path, ReadOnlySpan<byte> bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
