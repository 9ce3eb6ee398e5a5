using System.Globalization;
using Microsoft.AspNetCore.Components;
using Site.Theme.Shared;

namespace Site.Theme;

/// <summary>
/// The long listings of one page, rendered after the rest of it, a part at a time, each part by a renderer of its own,
/// and handed on as pieces of the page that are never joined into one string. A renderer holds the render frames of
/// everything it has rendered until the page's HTML is written, and a page's HTML as one string is read and encoded
/// whole: for the search page of a large site, which lists everything for readers without JavaScript, each of those is
/// tens of megabytes, most of them in the large object heap. Instead, <see cref="Streamed{TItem}"/> leaves a marker
/// where its items go and hands them here; once the page around them is written, it is cut at the markers, and each
/// marker's items are rendered <see cref="PartSize"/> at a time, each part a piece of the page of its own.
/// </summary>
internal sealed class PageParts
{
    /// <summary>How many items one renderer renders: few enough that a part's HTML is a small object.</summary>
    private const int PartSize = 128;

    private const string MarkerStart = "<!--listing-";
    private const string MarkerEnd = "-->";

    private readonly List<Func<IServiceProvider, StringWriter, List<string>, Task>> _listings = [];

    /// <summary>True when the page has a listing to write.</summary>
    public bool Any => _listings.Count > 0;

    /// <summary>Takes a listing to write later, and returns the marker to put where it goes.</summary>
    public string Add<TItem>(IReadOnlyList<TItem> items, RenderFragment<TItem> item)
    {
        _listings.Add((services, html, pieces) => RenderListingAsync(services, html, pieces, items, item));
        return Marker(_listings.Count - 1);
    }

    /// <summary>
    /// The pieces of the page: <paramref name="around"/>, the page as written with its markers, cut at each marker,
    /// with the parts of that marker's listing in between, each written with <paramref name="html"/>. Listings are
    /// written in the order their markers appear, which need not be the order they were added in: a component renders
    /// its children after its siblings.
    /// </summary>
    public async Task<IReadOnlyList<string>> WriteAsync(IServiceProvider services, string around, StringWriter html)
    {
        var pieces = new List<string>();
        var written = 0;
        var found = 0;
        for (var at = around.IndexOf(MarkerStart, StringComparison.Ordinal); at >= 0; at = around.IndexOf(MarkerStart, written, StringComparison.Ordinal))
        {
            var end = around.IndexOf(MarkerEnd, at, StringComparison.Ordinal);
            var listing = int.Parse(around.AsSpan(at + MarkerStart.Length, end - at - MarkerStart.Length), CultureInfo.InvariantCulture);
            Add(pieces, around[written..at]);
            await _listings[listing](services, html, pieces);
            written = end + MarkerEnd.Length;
            found++;
        }

        if (found != _listings.Count)
        {
            throw new InvalidOperationException("Bug: the page lost the marker of one of its listings.");
        }

        Add(pieces, around[written..]);
        return pieces;
    }

    private static void Add(List<string> pieces, string piece)
    {
        if (piece.Length > 0)
        {
            pieces.Add(piece);
        }
    }

    /// <summary>
    /// A comment no content can forge: text and attributes from the site's data are HTML-escaped, and Markdown's raw
    /// HTML is turned off, so a <c>&lt;</c> in the page is always markup of the theme's.
    /// </summary>
    private static string Marker(int index) => string.Create(CultureInfo.InvariantCulture, $"{MarkerStart}{index}{MarkerEnd}");

    private static async Task RenderListingAsync<TItem>(IServiceProvider services, StringWriter html, List<string> pieces,
        IReadOnlyList<TItem> items, RenderFragment<TItem> item)
    {
        foreach (var part in items.Chunk(PartSize))
        {
            var buffer = html.GetStringBuilder().Clear();
            await WritePartAsync(services, part, item, html);
            Add(pieces, buffer.ToString());
        }
    }

    /// <summary>Renders one part of a listing, <paramref name="items"/>, with a renderer of its own, to <paramref name="html"/>.</summary>
    internal static Task WritePartAsync<TItem>(IServiceProvider services, IReadOnlyList<TItem> items, RenderFragment<TItem> item, TextWriter html) =>
        ThemeRenderer.WriteAsync<StreamedPart<TItem>>(services, ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(StreamedPart<TItem>.Items)] = items,
            [nameof(StreamedPart<TItem>.Item)] = item,
        }), html);
}
