namespace Site.Tests.Cli.Preview;

/// <summary>A tab's view of the preview's rebuild events, read as a browser's EventSource would.</summary>
internal sealed class PreviewEvents : IDisposable
{
    private readonly Stream _stream;
    private readonly StreamReader _reader;

    private PreviewEvents(Stream stream)
    {
        _stream = stream;
        _reader = new StreamReader(stream);
    }

    /// <summary>Opens the event stream at <paramref name="path"/>, such as <c>/__preview/events?version=1</c>.</summary>
    public static async Task<PreviewEvents> OpenAsync(HttpClient http, string path = "/__preview/events")
    {
        var events = new PreviewEvents(await http.GetStreamAsync(path));
        Assert.Equal(": connected", await events._reader.ReadLineAsync());
        return events;
    }

    /// <summary>The next event's name and data, such as <c>("failed", "\"input/...\"")</c>; fails after 30 seconds.</summary>
    public async Task<(string Name, string Data)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? name = null;
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (name is not null && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return (name, line["data: ".Length..]);
            }
        }

        return ("(stream ended)", string.Empty);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }
}
