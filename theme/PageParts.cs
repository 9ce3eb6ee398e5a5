using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;
using Site.Theme.Shared;

namespace Site.Theme;

/// <summary>
/// The long listings of one page, written after the rest of it, a part at a time, each part by a renderer of its own.
/// A renderer holds the render frames of everything it has rendered until the page's HTML is written: for the search
/// page of a large site, which lists everything for readers without JavaScript, tens of megabytes. Instead,
/// <see cref="Streamed{TItem}"/> leaves a marker where its items go and hands them here; once the page around them is
/// written, each marker is replaced by the HTML of its items, rendered <see cref="PartSize"/> at a time, whose frames
/// go back to the shared pool before the next part is rendered.
/// </summary>
internal sealed class PageParts
{
    /// <summary>How many items one renderer renders.</summary>
    private const int PartSize = 256;

    private readonly List<Func<IServiceProvider, TextWriter, Task>> _listings = [];

    /// <summary>True when the page has a listing to write.</summary>
    public bool Any => _listings.Count > 0;

    /// <summary>Takes a listing to write later, and returns the marker to put where it goes.</summary>
    public string Add<TItem>(IReadOnlyList<TItem> items, RenderFragment<TItem> item)
    {
        _listings.Add((services, html) => WriteListingAsync(services, html, items, item));
        return Marker(_listings.Count - 1);
    }

    /// <summary>Writes <paramref name="page"/> to <paramref name="html"/>, with each marker replaced by its listing.</summary>
    public async Task WriteAsync(IServiceProvider services, string page, TextWriter html)
    {
        var written = 0;
        for (var i = 0; i < _listings.Count; i++)
        {
            var marker = Marker(i);
            var at = page.IndexOf(marker, written, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException($"Bug: the page lost the marker of its listing {i}.");
            }

            html.Write(page.AsSpan(written, at - written));
            await _listings[i](services, html);
            written = at + marker.Length;
        }

        html.Write(page.AsSpan(written));
    }

    /// <summary>
    /// A comment no content can forge: text and attributes from the site's data are HTML-escaped, so a <c>&lt;</c> in
    /// the page is always markup of the theme's.
    /// </summary>
    private static string Marker(int index) => $"<!--listing-{index}-->";

    private static async Task WriteListingAsync<TItem>(IServiceProvider services, TextWriter html, IReadOnlyList<TItem> items, RenderFragment<TItem> item)
    {
        foreach (var part in items.Chunk(PartSize))
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(StreamedPart<TItem>.Items)] = part,
                [nameof(StreamedPart<TItem>.Item)] = item,
            });
            await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
            await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var output = await renderer.RenderComponentAsync<StreamedPart<TItem>>(parameters);
                output.WriteHtmlTo(html);
            });
        }
    }
}
