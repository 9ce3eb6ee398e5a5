using Site.Engine.Rendering;

namespace Site.Engine.Output;

/// <summary>
/// The write stage. It runs only after every check has passed, so a failed build never touches the output folder.
/// A first build writes into a staging folder that is moved into place whole; later builds rewrite only the files
/// whose bytes changed (each through a temporary file renamed over the old one) and delete files the site no longer has.
/// </summary>
public static class SiteWriter
{
    /// <summary>Makes <paramref name="outputDirectory"/> hold exactly <paramref name="files"/>.</summary>
    public static WriteResult Write(string outputDirectory, IReadOnlyList<RenderedFile> files)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        return Directory.Exists(output) ? Update(output, files) : Create(output, files);
    }

    private static WriteResult Create(string output, IReadOnlyList<RenderedFile> files)
    {
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("Bug: the output folder has no parent.");
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}-staging-{Environment.ProcessId}");
        DeleteIfExists(staging);
        try
        {
            var written = WriteFiles(staging, files, onlyChanged: false);
            Directory.Move(staging, output);
            return written;
        }
        catch
        {
            DeleteIfExists(staging);
            throw;
        }
    }

    private static WriteResult Update(string output, IReadOnlyList<RenderedFile> files)
    {
        var result = WriteFiles(output, files, onlyChanged: true);
        var wanted = files.Select(f => Path.GetFullPath(Path.Combine(output, f.OutputPath))).ToHashSet(StringComparer.Ordinal);
        var stale = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Where(f => !wanted.Contains(f)).ToList();
        stale.ForEach(File.Delete);
        foreach (var folder in Directory.EnumerateDirectories(output, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }

        return result with { FilesDeleted = stale.Count };
    }

    private static WriteResult WriteFiles(string root, IReadOnlyList<RenderedFile> files, bool onlyChanged)
    {
        var prefix = root + Path.DirectorySeparatorChar;
        foreach (var folder in files.Select(f => Path.GetDirectoryName(Path.Combine(root, f.OutputPath))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        long bytesWritten = 0;
        var filesWritten = 0;
        Parallel.ForEach(files, file =>
        {
            var path = Path.GetFullPath(Path.Combine(root, file.OutputPath));
            if (!path.StartsWith(prefix, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Bug: refusing to write '{file.OutputPath}' outside the output folder.");
            }

            var bytes = file.Content;
            if (onlyChanged && IsSame(path, bytes))
            {
                return;
            }

            if (onlyChanged)
            {
                // A reader (the preview server, a browser) sees the old file or the new one, never half of one.
                var temporary = path + ".tmp-" + Environment.ProcessId;
                File.WriteAllBytes(temporary, bytes);
                File.Move(temporary, path, overwrite: true);
            }
            else
            {
                File.WriteAllBytes(path, bytes);
            }

            Interlocked.Add(ref bytesWritten, bytes.Length);
            Interlocked.Increment(ref filesWritten);
        });
        return new WriteResult(filesWritten, bytesWritten, 0);
    }

    private static bool IsSame(string path, byte[] bytes)
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
