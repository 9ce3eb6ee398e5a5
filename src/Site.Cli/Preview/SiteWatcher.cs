using System.Threading.Channels;

namespace Site.Cli.Preview;

/// <summary>Watches folders and reports a change once edits have been quiet for a moment, so one save makes one rebuild.</summary>
internal sealed class SiteWatcher : IDisposable
{
    /// <summary>How long the folders must be quiet before a change is reported; editors often write a file in several steps.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<bool> _changes = Channel.CreateUnbounded<bool>();

    /// <summary>Starts watching every folder in <paramref name="folders"/> that exists, with their subfolders.</summary>
    public SiteWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Created += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Deleted += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Renamed += (_, _) => _changes.Writer.TryWrite(true);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
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
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }
}
