using System.Threading.Channels;

namespace Site.Cli.Preview;

/// <summary>
/// Watches folders and reports a change once edits have been quiet for a moment, so one save makes one rebuild. A
/// folder that is removed, replaced or created later (by a restore from a backup, or a tool that swaps it whole) is
/// watched again as it comes back; a watcher that loses track of events reports a change and starts afresh.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    /// <summary>
    /// How long the folders must be quiet before a change is reported. Editors often write a file in several steps
    /// (truncate and write, or write a copy and rename it over the file), but those steps follow each other within a
    /// millisecond; every millisecond waited here is a millisecond more between saving and seeing the page.
    /// </summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(10);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, FileSystemWatcher?> _folders = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _parents = [];
    private readonly Channel<bool> _changes = Channel.CreateUnbounded<bool>();
    private bool _disposed;

    /// <summary>Starts watching every folder in <paramref name="folders"/>, with their subfolders, and their coming and going.</summary>
    public SiteWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            _folders[folder] = null;
            Watch(folder);
            var parent = Path.GetDirectoryName(folder);
            if (parent is null || !Directory.Exists(parent))
            {
                continue;
            }

            var watcher = new FileSystemWatcher(parent, Path.GetFileName(folder)) { NotifyFilter = NotifyFilters.DirectoryName };
            watcher.Created += (_, _) => Rewatch(folder);
            watcher.Deleted += (_, _) => Rewatch(folder);
            watcher.Renamed += (_, _) => Rewatch(folder);
            watcher.Error += (_, _) => Rewatch(folder);
            watcher.EnableRaisingEvents = true;
            _parents.Add(watcher);
        }
    }

    /// <summary>Waits for the next change, then for the folders to go quiet.</summary>
    public async Task WaitForChangeAsync(CancellationToken cancellation)
    {
        await _changes.Reader.ReadAsync(cancellation);
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            quiet.CancelAfter(Quiet);
            try
            {
                await _changes.Reader.ReadAsync(quiet.Token);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var watcher in _parents.Concat(_folders.Values.OfType<FileSystemWatcher>()))
            {
                watcher.Dispose();
            }
        }
    }

    /// <summary>Reports a change and watches the folder afresh, off the watcher's own thread, which may be the one to go.</summary>
    private void Rewatch(string folder)
    {
        _changes.Writer.TryWrite(true);
        _ = Task.Run(() => Watch(folder));
    }

    /// <summary>Watches the folder as it is now, if it exists, in place of any earlier watcher of it.</summary>
    private void Watch(string folder)
    {
        lock (_gate)
        {
            _folders[folder]?.Dispose();
            _folders[folder] = null;
            if (_disposed || !Directory.Exists(folder))
            {
                return;
            }

            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Created += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Deleted += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Renamed += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Error += (_, _) => Rewatch(folder);
            watcher.EnableRaisingEvents = true;
            _folders[folder] = watcher;
        }
    }
}
