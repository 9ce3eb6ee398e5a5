using System.Collections.Concurrent;
using System.Text;
using Site.Engine.Diagnostics;

namespace Site.Engine.Loading;

/// <summary>
/// The one way into the project's files: finds the files under a folder and reads them as checked UTF-8 text, and
/// their lines again when an error needs an excerpt. It reads only regular files inside the project: a link is
/// followed only when its target's real path is inside the project's real path, a link that loops or leads nowhere
/// is an error, a folder is never entered twice on one path (a linked folder loop), and no file is read beyond
/// <see cref="MaxFileBytes"/>, whatever size it claims.
/// </summary>
/// <param name="root">The project root; every path handled here is relative to it.</param>
public sealed class SourceFiles(string root)
{
    /// <summary>The largest content file read, in bytes; anything bigger is refused before parsing.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>The most links followed to resolve one path, as in the operating system; more means a loop.</summary>
    private const int MaxLinks = 40;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly EnumerationOptions OneFolder = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

    private readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, (string? Real, bool Loops)> _folders = new(StringComparer.Ordinal);

    private string? _realRoot;

    /// <summary>The project root.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The root with every link in its path resolved: the folder every file read must be inside.</summary>
    private string RealRoot => _realRoot ??= RealPathOf(Root, out _) ?? Root;

    /// <summary>
    /// The files under <paramref name="folder"/> (relative to the root), in ordinal order, that may be read: regular
    /// files and links to them, inside the project. Entries that may not be read are reported, once each.
    /// </summary>
    /// <param name="folder">The folder, relative to the root, such as <c>input</c>.</param>
    /// <param name="recursive">Whether to look into sub-folders.</param>
    /// <param name="diagnostics">Where refused entries are reported.</param>
    public IReadOnlyList<string> Files(string folder, bool recursive, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        var top = Path.Combine(Root, folder);
        if (!Path.Exists(top) && !IsLink(top))
        {
            return files;
        }

        if (Resolve(folder, diagnostics) is { } real)
        {
            Walk(folder, real, [real], recursive, files, diagnostics);
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// The size in bytes of the file at <paramref name="relativePath"/> as it is now, or 0 when it cannot be told; only a
    /// hint, for the order files are read in, since the file is checked when it is read.
    /// </summary>
    public long SizeOf(string relativePath)
    {
        try
        {
            return new FileInfo(Path.Combine(Root, relativePath)) is { Exists: true } info ? info.Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>Every path whose reading was refused and reported, relative to the root.</summary>
    public IEnumerable<string> Refused => _refused.Keys;

    /// <summary>True when reading <paramref name="relativePath"/> was refused and reported: no other error need say it is missing.</summary>
    public bool WasRefused(string relativePath) => _refused.ContainsKey(relativePath);

    /// <summary>Reads a file as UTF-8 text without a BOM, or reports why it cannot be read and returns null.</summary>
    public string? ReadText(string relativePath, DiagnosticBag diagnostics) =>
        ReadBytes(relativePath, diagnostics) is { } bytes ? Decode(relativePath, bytes, diagnostics) : null;

    /// <summary>The text of a file's bytes, strict UTF-8 without a BOM, or null after reporting that it is not UTF-8.</summary>
    internal static string? Decode(string relativePath, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(Errors.NotUtf8(SourceSpan.File(relativePath)));
            return null;
        }
    }

    /// <summary>
    /// The lines of a file, or null when it cannot be read as text; used only to print excerpts under diagnostics,
    /// so a large site keeps no copy of its files' lines in memory.
    /// </summary>
    public IReadOnlyList<string>? Lines(string relativePath)
    {
        try
        {
            return ReadBytes(relativePath, diagnostics: null) is { } bytes
                ? StrictUtf8.GetString(bytes).TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToArray()
                : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The path relative to the root, with forward slashes.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    /// <summary>
    /// The bytes of a regular file inside the project, or null after reporting why it may not be read. A file whose
    /// size is 0 is never opened: FIFOs, devices and the files of /proc all claim that size, and opening one could
    /// block for ever or never end, while an empty regular file holds nothing to read.
    /// </summary>
    /// <param name="relativePath">The file.</param>
    /// <param name="diagnostics">Where to report why the file may not be read, or null to say nothing.</param>
    private byte[]? ReadBytes(string relativePath, DiagnosticBag? diagnostics)
    {
        if (Resolve(relativePath, diagnostics) is not { } real)
        {
            return null;
        }

        var span = SourceSpan.File(relativePath);
        try
        {
            var info = new FileInfo(real);
            if (Directory.Exists(real) || !info.Exists)
            {
                return Refuse(relativePath, diagnostics, Directory.Exists(real) ? "it is a folder, not a file" : "it does not exist any more",
                    Directory.Exists(real) ? "rename the folder, or move the files in it to where they belong." : "run the build again.");
            }

            var bytes = ReadAtMost(real, MaxFileBytes, out var size);
            if (bytes is null)
            {
                diagnostics?.Add(Errors.FileTooLarge(span, size, MaxFileBytes));
            }

            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refuse(relativePath, diagnostics, e is UnauthorizedAccessException
                    ? "this account is not allowed to read it"
                    : "the system could not read it: another program may hold it locked, or the disk may have failed",
                "check that the file can be opened in an editor, close any program that holds it, and build again.");
        }
    }

    /// <summary>
    /// The bytes of the file at <paramref name="path"/>, or null when it holds more than <paramref name="maxBytes"/>,
    /// with <paramref name="size"/> the size found. A file whose size is 0 is never opened (a FIFO, a device or a file
    /// of /proc claims that size), and no more than one byte past the limit is ever read, whatever size it claims.
    /// </summary>
    public static byte[]? ReadAtMost(string path, long maxBytes, out long size)
    {
        size = new FileInfo(path).Length;
        if (size == 0)
        {
            return [];
        }

        if (size > maxBytes)
        {
            return null;
        }

        // One byte more than the file claims is asked for: a file that holds more than it claims (one that grew since,
        // or a special file) is read on only up to one byte past the limit, and refused for its size if it has it.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var buffer = new byte[size + 1];
        var read = 0;
        while (stream.Read(buffer, read, buffer.Length - read) is var n and > 0)
        {
            read += n;
            if (read == buffer.Length && buffer.Length <= maxBytes)
            {
                Array.Resize(ref buffer, (int)maxBytes + 1);
            }
            else if (read == buffer.Length)
            {
                size = read;
                return null;
            }
        }

        return buffer[..read];
    }

    /// <summary>
    /// The real path of a file or folder of the project, with every link resolved, or null after reporting a link
    /// that loops, that leads nowhere or out of the project.
    /// </summary>
    private string? Resolve(string relativePath, DiagnosticBag? diagnostics)
    {
        var real = RealPathOf(Path.Combine(Root, relativePath), out var loops);
        if (loops)
        {
            return Refuse<string>(relativePath, diagnostics, "it is a link that leads back to itself, a loop",
                "delete the link, or point it at a file.");
        }

        if (real is null)
        {
            return Refuse<string>(relativePath, diagnostics, "it is a link to something that does not exist",
                "point the link at an existing file inside the project, or delete it.");
        }

        var inside = real == RealRoot || real.StartsWith(RealRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside ? real : Refuse<string>(relativePath, diagnostics, "it is a link to a file outside the project, and only the project's own files are read",
            "copy the file into the project instead of linking to it.");
    }

    private void Walk(string relative, string real, List<string> ancestors, bool recursive, List<string> files, DiagnosticBag diagnostics)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(real).EnumerateFileSystemInfos("*", OneFolder).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Refuse<string>(relative, diagnostics, "the folder's list of files cannot be read", "check that this account may open the folder, and build again.");
            return;
        }

        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = relative + "/" + entry.Name;
            if (ControlCharacters.Find(entry.Name, out _) >= 0)
            {
                // Printed as it is, the name could be taken by the terminal for commands; it is shown with U+FFFD instead.
                var shown = string.Concat(path.Select(c => ControlCharacters.IsRefused(c) ? '\uFFFD' : c));
                Refuse<string>(shown, diagnostics, "its name holds an invisible control character", "rename it with letters, digits, hyphens and dots only.");
                continue;
            }

            var entryReal = entry.LinkTarget is null ? entry.FullName : Resolve(path, diagnostics);
            if (entryReal is null)
            {
                continue;
            }

            if (!Directory.Exists(entryReal))
            {
                files.Add(path);
            }
            else if (ancestors.Contains(entryReal))
            {
                Refuse<string>(path, diagnostics, $"it is a link to {Relative(ancestors[ancestors.IndexOf(entryReal)]) switch { "." => "the project", var a => a }}, a folder that contains it, so reading it would go round in a loop for ever",
                    "delete the link: the folder it points to is read already.");
            }
            else if (recursive)
            {
                ancestors.Add(entryReal);
                Walk(path, entryReal, ancestors, recursive, files, diagnostics);
                ancestors.RemoveAt(ancestors.Count - 1);
            }
        }
    }

    private T? Refuse<T>(string relativePath, DiagnosticBag? diagnostics, string reason, string fix)
        where T : class
    {
        if (diagnostics is not null && _refused.TryAdd(relativePath, true))
        {
            diagnostics.Add(Errors.Unreadable(SourceSpan.File(relativePath), reason, fix));
        }

        return null;
    }

    private byte[]? Refuse(string relativePath, DiagnosticBag? diagnostics, string reason, string fix) =>
        Refuse<byte[]>(relativePath, diagnostics, reason, fix);

    /// <summary>
    /// <see cref="RealPath"/>, with the real path of each folder kept, so that a file's path costs one look at the
    /// file itself rather than one at every folder above it.
    /// </summary>
    private string? RealPathOf(string fullPath, out bool loops)
    {
        loops = false;
        if (Path.GetDirectoryName(fullPath) is not { } folder || Path.GetFileName(fullPath) is not { Length: > 0 } name)
        {
            return RealPath(Path.GetPathRoot(fullPath)!, fullPath, out loops);
        }

        var (realFolder, folderLoops) = _folders.GetOrAdd(folder, f => (RealPathOf(f, out var l), l));
        loops = folderLoops;
        return realFolder is null ? null : RealPath(realFolder, name, out loops);
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>
    /// The path with every link in it resolved, one part at a time as the operating system does; null when a link
    /// leads to nothing, and null with <paramref name="loops"/> set when more than <see cref="MaxLinks"/> links are met.
    /// With <paramref name="keepMissingTail"/>, the part from the first one that does not exist, or from the link
    /// that loops, is kept as written instead, so the result is never null.
    /// </summary>
    /// <param name="resolved">A path with no link in it to start from.</param>
    /// <param name="path">The path to resolve from there.</param>
    /// <param name="loops">Set when the path holds a loop of links.</param>
    /// <param name="keepMissingTail">Whether a path that does not exist, or loops, is resolved as far as it goes rather than refused.</param>
    internal static string? RealPath(string resolved, string path, out bool loops, bool keepMissingTail = false)
    {
        loops = false;
        var pending = new List<string>(Parts(path[Path.GetPathRoot(path)!.Length..]));
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending[0];
            pending.RemoveAt(0);
            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var next = Path.Combine(resolved, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                if (keepMissingTail && !Path.Exists(next))
                {
                    return Path.GetFullPath(Path.Combine([next, .. pending]));
                }

                resolved = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                loops = true;
                return keepMissingTail ? Path.GetFullPath(Path.Combine([next, .. pending])) : null;
            }

            if (Path.IsPathRooted(target))
            {
                resolved = Path.GetPathRoot(target)!;
                target = target[resolved.Length..];
            }

            pending.InsertRange(0, Parts(target));
        }

        return keepMissingTail || Path.Exists(resolved) ? resolved : null;
    }

    private static string[] Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p != ".").ToArray();
}
