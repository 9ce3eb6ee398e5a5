using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Site.Engine.Loading;

namespace Site.Engine.Output;

/// <summary>
/// The write stage. A build builds a complete new tree of the site beside the output folder and, once every check has
/// passed, switches the output folder to it in one step; a reader, or a build killed at any moment, finds the old site
/// whole or the new site whole, never a mix. While pages are rendered and checked, <see cref="Stage"/> writes each file
/// whose bytes differ from the output folder's into the new tree; <see cref="Commit"/> then adds the files that did not
/// change (as hard links, which cost no copy) and every file the generator did not write, writes the manifest of the
/// generator's files, and switches. Only files an earlier build listed in its manifest are ever left out, so nothing
/// else in the output folder is ever deleted. Disposing without committing deletes the new tree and leaves the output
/// folder as it was.
/// </summary>
/// <remarks>
/// Beside the output folder live <c>.NAME.lock</c>, which one build at a time holds, <c>.NAME.next</c>, the tree being
/// built, and <c>.NAME.old</c>, where the old tree waits for a moment where the platform cannot swap two folders in
/// one step. The lock file is also the build's journal: before a build makes <c>.NAME.next</c> or <c>.NAME.old</c> it
/// writes that name into the lock, and takes it out once the folder is gone. So the next build, killed builds
/// notwithstanding, cleans up exactly the folders a build made (whatever is left in them) and never a folder of the
/// user's that happens to bear one of these names (a copy of the site as a backup, say): that one it refuses to touch.
/// </remarks>
public sealed class StagedOutput : IDisposable
{
    /// <summary>How long a build waits for another build writing to the same output folder before it gives up.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly string _output;
    private readonly string _next;
    private readonly string _old;
    private readonly FileStream _lock;
    private Companions _journal;
    private readonly bool _fresh;
    private readonly HashSet<string> _previous;
    private readonly ConcurrentDictionary<string, byte> _wanted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _changed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private long _bytesStaged;
    private int _deleted;
    private bool _committed;

    private StagedOutput(string output, FileStream heldLock, HashSet<string>? previous)
    {
        _output = output;
        _lock = heldLock;
        _next = Beside(output, "next");
        _old = Beside(output, "old");
        _fresh = previous is null;
        _previous = previous ?? [];
        Record(Companions.Next);
        EnsureFolder(_next);
    }

    /// <summary>
    /// Takes the output folder for this build: waits for any other build writing there, cleans up after a build that
    /// was killed, and reads which files the last build wrote. Throws an <see cref="OutputException"/> when the folder
    /// holds files but no manifest, unless <paramref name="adoptExisting"/>, or when it cannot be used.
    /// </summary>
    /// <param name="outputDirectory">The output folder, which need not exist yet.</param>
    /// <param name="adoptExisting">True to write into a non-empty folder that no build made; its files are kept.</param>
    /// <param name="onWait">Told once when the build has to wait for another one.</param>
    public static StagedOutput Open(string outputDirectory, bool adoptExisting, Action<string>? onWait = null)
    {
        // A link to a folder elsewhere is followed: the site goes where the link points, and the link stays.
        var output = OutputFolder.RealPath(outputDirectory);
        FileStream? heldLock = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(output) ?? output);
            heldLock = TakeLock(Beside(output, "lock"), output, onWait);

            // The output folder is judged before any clean-up beside it, and again if the clean-up put the old site back.
            HashSet<string> Examine()
            {
                OutputFolder.EnsureNoMounts(output);
                return ReadManifest(output, adoptExisting);
            }

            var previous = Directory.Exists(output) ? Examine() : null;
            if (Recover(output, heldLock))
            {
                previous = Examine();
            }

            return new StagedOutput(output, heldLock, previous);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            heldLock?.Dispose();
            throw WriteFailed(output, e);
        }
        catch
        {
            heldLock?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Records that the site has the file at <paramref name="outputPath"/> (relative to the output folder, with forward
    /// slashes), and writes <paramref name="content"/> into the new tree unless the output folder already holds exactly
    /// those bytes. Safe to call from several threads at once.
    /// </summary>
    public void Stage(string outputPath, ReadOnlySpan<byte> content)
    {
        var target = Path.GetFullPath(Path.Combine(_output, outputPath));
        if (!target.StartsWith(_output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Bug: refusing to write '{outputPath}' outside the output folder.");
        }

        var relative = Path.GetRelativePath(_output, target).Replace(Path.DirectorySeparatorChar, '/');
        if (relative.Any(char.IsControl))
        {
            throw new InvalidOperationException($"Bug: a file name with a control character reached the write stage: '{relative.ReplaceLineEndings(" ")}'.");
        }

        _wanted.TryAdd(relative, 0);
        try
        {
            if (!_fresh && IsSame(target, content))
            {
                return;
            }

            var staged = Path.Combine(_next, relative);
            EnsureFolder(Path.GetDirectoryName(staged)!);
            File.WriteAllBytes(staged, content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw WriteFailed(_output, e);
        }

        _changed.TryAdd(relative, 0);
        Interlocked.Add(ref _bytesStaged, content.Length);
    }

    /// <summary>Completes the new tree and makes it the output folder, in one step.</summary>
    public WriteResult Commit()
    {
        try
        {
            if (!_fresh && _changed.IsEmpty && _previous.SetEquals(_wanted.Keys) && File.Exists(Path.Combine(_output, OutputFolder.ManifestName)))
            {
                return new WriteResult(0, 0, 0);
            }

            if (!_fresh)
            {
                CarryOver(_output, string.Empty);
            }

            var listed = _wanted.Keys.Order(StringComparer.Ordinal);
            File.WriteAllLines(Path.Combine(_next, OutputFolder.ManifestName), listed.Prepend(ManifestHeader));
            Switch();
            _committed = true;
            return new WriteResult(_changed.Count, Interlocked.Read(ref _bytesStaged), _deleted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw WriteFailed(_output, e);
        }
    }

    /// <summary>Deletes the new tree unless it became the output folder, and lets the next build in.</summary>
    public void Dispose()
    {
        if (!_committed && DeleteQuietly(_next))
        {
            RecordQuietly(Companions.None);
        }

        _lock.Dispose();
    }

    /// <summary>The largest manifest read: far more than the longest list of files a site could have.</summary>
    private const long MaxManifestBytes = 256L * 1024 * 1024;

    /// <summary>The first line of the lock file; the lines after it name the companions of the output folder in use.</summary>
    public const string JournalHeader = "# A build of the site holds this lock while it writes. It is using the folders named below, beside the output folder.";

    /// <summary>The largest journal read: its header and two names, with room to spare.</summary>
    private const int MaxJournalBytes = 4096;

    private const string ManifestHeader = "# Files the site generator wrote here. The next build replaces or deletes these, and only these.";

    /// <summary>The path of a companion of the output folder: <c>.NAME.suffix</c> beside it.</summary>
    private static string Beside(string output, string suffix) =>
        Path.Combine(Path.GetDirectoryName(output) ?? output, $".{Path.GetFileName(output)}.{suffix}");

    private static FileStream TakeLock(string path, string output, Action<string>? onWait)
    {
        // Opening a link would create or take a file where it leads, outside the output folder's neighbourhood.
        if (new FileInfo(path).LinkTarget is not null || Directory.Exists(path))
        {
            throw NotALock(path, Directory.Exists(path) ? "a folder" : "a link");
        }

        var deadline = DateTime.UtcNow + Patience;
        var told = false;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
                if (!stream.CanSeek)
                {
                    // A pipe or a device: the journal could be neither read back nor trusted.
                    stream.Dispose();
                    throw NotALock(path, "not a plain file");
                }

                return stream;
            }
            catch (IOException e) when (IsHeldByAnother(e) && DateTime.UtcNow < deadline)
            {
                if (!told)
                {
                    onWait?.Invoke($"Waiting for another build that is writing to {output} …");
                    told = true;
                }

                Thread.Sleep(50);
            }
            catch (IOException e) when (IsHeldByAnother(e))
            {
                throw new OutputException(
                    $"another build has been writing to {output} for over {Patience.TotalSeconds:F0} seconds ({e.Message}).\n"
                    + $"fix: wait for it to finish, or stop it; if no other build is running, delete {path}.", isUsage: true);
            }
        }
    }

    /// <summary>
    /// True when opening the lock failed because another build holds it: the runtime's sharing violation, whose code is
    /// the system's "would block" (EWOULDBLOCK: 11 on Linux, 35 on macOS; ERROR_SHARING_VIOLATION on Windows). Any
    /// other failure (a read-only disk, a name too long) is a failed write, not a busy folder.
    /// </summary>
    private static bool IsHeldByAnother(IOException e) =>
        e.GetType() == typeof(IOException) && e.HResult is 11 or 35 or unchecked((int)0x80070020);

    private static OutputException NotALock(string path, string what) => new(
        $"refusing to build: {path} is {what}, and a build keeps its lock there as a plain file.\n"
        + $"fix: move or delete {path}, or choose another output folder with --output.", isUsage: true);

    /// <summary>
    /// Puts right what a killed build left, as the journal in the lock says: the old site back where a switch was cut
    /// between its two renames, and no half-built or half-deleted tree. A folder by one of these names that the
    /// journal does not list is the user's, and the build refuses rather than touch it.
    /// </summary>
    /// <returns>True when the old site was put back as the output folder.</returns>
    private static bool Recover(string output, FileStream heldLock)
    {
        var journal = ReadJournal(heldLock);
        var next = Beside(output, "next");
        var old = Beside(output, "old");
        foreach (var (path, companion) in new[] { (next, Companions.Next), (old, Companions.Old) })
        {
            if (Occupied(path) && !(journal.HasFlag(companion) && new DirectoryInfo(path) is { Exists: true, LinkTarget: null }))
            {
                throw new OutputException(
                    $"refusing to build: {path} is in the way. A build uses that name beside the output folder {output} for a moment, "
                    + "and the lock does not list this one as a build's, so it is left as it is.\n"
                    + $"fix: move or rename {path}, or choose another output folder with --output; if an earlier version of the site "
                    + "generator was stopped while building, it may have left it, and you can delete it.", isUsage: true);
            }
        }

        var restored = false;
        if (journal.HasFlag(Companions.Old) && !Occupied(output) && Directory.Exists(old))
        {
            Directory.Move(old, output);
            restored = true;
        }

        foreach (var leftover in new[] { next, old })
        {
            try
            {
                if (Directory.Exists(leftover))
                {
                    Directory.Delete(leftover, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputException(
                    $"could not delete {leftover}, which an earlier build left beside the output folder: {e.Message}\n"
                    + $"fix: delete {leftover} yourself (a file in it may be read-only or in use), then build again.", isUsage: false);
            }
        }

        if (journal != Companions.None)
        {
            WriteJournal(heldLock, Companions.None);
        }

        return restored;
    }

    /// <summary>True when anything is at <paramref name="path"/>: a folder, a file, or a link, even one that leads nowhere.</summary>
    private static bool Occupied(string path) =>
        Directory.Exists(path) || File.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>The companions of the output folder that the journal in the lock lists.</summary>
    private static Companions ReadJournal(FileStream heldLock)
    {
        heldLock.Position = 0;
        var buffer = new byte[MaxJournalBytes];
        var read = 0;
        while (read < buffer.Length && heldLock.Read(buffer, read, buffer.Length - read) is var n and > 0)
        {
            read += n;
        }

        var lines = Encoding.UTF8.GetString(buffer, 0, read).Split('\n');
        return (lines.Contains("next") ? Companions.Next : Companions.None) | (lines.Contains("old") ? Companions.Old : Companions.None);
    }

    /// <summary>Writes the journal: the header, then the companions in use, one a line.</summary>
    private static void WriteJournal(FileStream heldLock, Companions companions)
    {
        var text = JournalHeader + "\n"
            + (companions.HasFlag(Companions.Next) ? "next\n" : string.Empty)
            + (companions.HasFlag(Companions.Old) ? "old\n" : string.Empty);
        heldLock.SetLength(0);
        heldLock.Position = 0;
        heldLock.Write(Encoding.UTF8.GetBytes(text));
        heldLock.Flush();
    }

    /// <summary>Records in the journal that this build is now using exactly <paramref name="companions"/>.</summary>
    private void Record(Companions companions)
    {
        if (companions != _journal)
        {
            WriteJournal(_lock, companions);
            _journal = companions;
        }
    }

    /// <summary>As <see cref="Record"/>, where a failure must not hide another: a journal left longer only makes the next build clean up.</summary>
    private void RecordQuietly(Companions companions)
    {
        try
        {
            Record(companions);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next build finds the folders listed, and gone or there to delete.
        }
    }

    /// <summary>The folders beside the output folder a build may be using.</summary>
    [Flags]
    private enum Companions
    {
        None = 0,
        Next = 1,
        Old = 2,
    }

    /// <summary>The files the last build wrote, from its manifest; an empty folder counts as one with nothing written.</summary>
    private static HashSet<string> ReadManifest(string output, bool adoptExisting)
    {
        var manifest = Path.Combine(output, OutputFolder.ManifestName);
        var info = new FileInfo(manifest);
        if (info.Exists || info.LinkTarget is not null)
        {
            // Only a plain file of sensible size, as a build writes it; a pipe or a device is never opened.
            if (info.LinkTarget is not null || SourceFiles.ReadAtMost(manifest, MaxManifestBytes, out _) is not { } bytes)
            {
                throw new OutputException(
                    $"refusing to write the site into {output}: its {OutputFolder.ManifestName} is not the list a build writes.\n"
                    + $"fix: delete {manifest} if you know the folder holds nothing else of yours, or choose another folder.", isUsage: true);
            }

            return Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        }

        OutputFolder.EnsureMadeByBuild(output, adoptExisting);
        return [];
    }

    /// <summary>
    /// Adds to the new tree every file of the old one that it should still hold: the site's unchanged files, and every
    /// file the generator did not write (kept as they are, links as links, empty folders too).
    /// </summary>
    private void CarryOver(string folder, string prefix)
    {
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options))
        {
            var relative = prefix + entry.Name;
            if (relative == OutputFolder.ManifestName)
            {
                continue;
            }

            if (entry is DirectoryInfo directory && entry.LinkTarget is null)
            {
                if (directory.EnumerateFileSystemInfos("*", options).Any())
                {
                    CarryOver(directory.FullName, relative + "/");
                }
                else
                {
                    EnsureFolder(Path.Combine(_next, relative));
                }

                continue;
            }

            if (_changed.ContainsKey(relative))
            {
                continue;
            }

            if (!_wanted.ContainsKey(relative) && _previous.Contains(relative))
            {
                _deleted++;
                continue;
            }

            var copy = Path.Combine(_next, relative);
            EnsureFolder(Path.GetDirectoryName(copy)!);
            if (entry.LinkTarget is { } linkTarget)
            {
                File.CreateSymbolicLink(copy, linkTarget);
            }
            else if (!NativeFiles.TryHardLink(entry.FullName, copy))
            {
                File.Copy(entry.FullName, copy);
            }
        }
    }

    /// <summary>Makes the new tree the output folder in one step, where the platform can; the old tree is then deleted.</summary>
    private void Switch()
    {
        if (_fresh)
        {
            Directory.Move(_next, _output);
            Record(Companions.None);
            return;
        }

        // The new tree keeps the old folder's permissions, which a user may have set for a web server.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_next, File.GetUnixFileMode(_output));
        }

        // The tree that leaves is deleted at once; one that cannot be deleted now stays in the journal for the next build.
        if (NativeFiles.TryExchange(_next, _output))
        {
            if (DeleteQuietly(_next))
            {
                RecordQuietly(Companions.None);
            }
        }
        else
        {
            Record(Companions.Next | Companions.Old);
            Directory.Move(_output, _old);
            Directory.Move(_next, _output);
            Record(Companions.Old);
            if (DeleteQuietly(_old))
            {
                RecordQuietly(Companions.None);
            }
        }
    }

    /// <summary>Creates a folder once; a thread that finds it recorded knows that its creation has finished.</summary>
    private void EnsureFolder(string folder) => _folders.GetOrAdd(folder, static f =>
    {
        Directory.CreateDirectory(f);
        return 0;
    });

    /// <summary>True when the output folder has a plain file (not a link) at <paramref name="path"/> with exactly these bytes.</summary>
    /// <remarks>The file is read a part at a time into a borrowed buffer, and only as far as it is the same.</remarks>
    private static bool IsSame(string path, ReadOnlySpan<byte> bytes)
    {
        var info = new FileInfo(path);
        if (info is not { Exists: true, LinkTarget: null } || info.Length != bytes.Length)
        {
            return false;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var part = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            for (var read = 0; read < bytes.Length;)
            {
                var count = file.Read(part, 0, Math.Min(part.Length, bytes.Length - read));
                if (count == 0 || !part.AsSpan(0, count).SequenceEqual(bytes.Slice(read, count)))
                {
                    return false;
                }

                read += count;
            }

            return file.ReadByte() < 0;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(part);
        }
    }

    /// <summary>
    /// Deletes a folder that only this generator uses; what cannot be deleted now is cleaned up by the next build.
    /// </summary>
    /// <returns>True when the folder is gone.</returns>
    private static bool DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build's clean-up.
            return false;
        }
    }

    private static OutputException WriteFailed(string output, Exception e) =>
        new($"could not write the site into {output}: {e.Message}\nNothing was changed: {output} is as it was. "
            + "fix: make room on the disk, or check that the folder and the one around it can be written to.", isUsage: false);
}
