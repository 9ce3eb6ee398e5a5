using System.Threading.Channels;

namespace Site.Cli.Preview;

/// <summary>Tells every open browser tab what happened to the last rebuild, as server-sent events.</summary>
internal sealed class LiveReload
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _listeners = [];
    private string? _lastFailure;

    /// <summary>How many rebuilds have succeeded; the id of the current site.</summary>
    public int Version { get; private set; }

    /// <summary>Records a successful rebuild and tells every tab to reload; returns how many tabs were told.</summary>
    public int Succeeded()
    {
        lock (_gate)
        {
            Version++;
            _lastFailure = null;
            Broadcast(Event("reload", Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return _listeners.Count;
        }
    }

    /// <summary>Records a failed rebuild and shows its errors in every tab; the last good site stays served.</summary>
    public void Failed(string errors)
    {
        lock (_gate)
        {
            _lastFailure = errors;
            Broadcast(FailedEvent(errors));
        }
    }

    /// <summary>The errors of the last rebuild if it failed, or null when it succeeded.</summary>
    public string? LastFailure
    {
        get
        {
            lock (_gate)
            {
                return _lastFailure;
            }
        }
    }

    /// <summary>
    /// A new tab's stream of events, starting with the current failure if there is one. A tab whose page was served
    /// before the last successful rebuild (<paramref name="seenVersion"/> is not the current <see cref="Version"/>) is
    /// told to reload at once: the rebuild happened while it was loading, and it would otherwise wait for the next one.
    /// </summary>
    public ChannelReader<string> Subscribe(int? seenVersion, CancellationToken cancellation)
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            _listeners.Add(channel);
            if (seenVersion is { } seen && seen != Version)
            {
                channel.Writer.TryWrite(Event("reload", Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else if (_lastFailure is not null)
            {
                channel.Writer.TryWrite(FailedEvent(_lastFailure));
            }
        }

        cancellation.Register(() =>
        {
            lock (_gate)
            {
                _listeners.Remove(channel);
            }

            channel.Writer.TryComplete();
        });
        return channel.Reader;
    }

    private void Broadcast(string message)
    {
        foreach (var listener in _listeners)
        {
            listener.Writer.TryWrite(message);
        }
    }

    private static string Event(string name, string data) => $"event: {name}\ndata: {data}\n\n";

    /// <summary>The event that shows a failed rebuild's errors, as a JSON string for the tab to parse.</summary>
    private static string FailedEvent(string errors) => Event("failed", System.Text.Json.JsonSerializer.Serialize(errors, PreviewJson.Default.String));
}
