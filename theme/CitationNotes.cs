using System.Globalization;
using Site.Engine.Rendering.Views;

namespace Site.Theme;

/// <summary>
/// The notes of one page's citations: each citation opens a note with the quoted words, the article's name and a link
/// to the passage on the article's page. Citations of the same words open the one note written for the first of them,
/// so a page that cites a passage many times (a cast list behind each credit of a film) carries its words once. The
/// notes are numbered as the page renders its citations: in reading order, since everything that cites is rendered in
/// place (<see cref="Shared.Cites"/>), except a long listing's, which are rendered after the rest of the page
/// (<see cref="PageParts"/>).
/// </summary>
internal sealed class CitationNotes
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    /// <summary>
    /// The id of the note for <paramref name="citation"/>, and whether it is new, so that the caller writes it. Where
    /// the quoted words are shown beside the citation (<paramref name="quoteShown"/>), the note names the article only,
    /// and is shared only by citations of the same quotation.
    /// </summary>
    public (string Id, bool IsNew) Take(CitationView citation, bool quoteShown)
    {
        var key = quoteShown ? citation.Href : string.Create(CultureInfo.InvariantCulture, $"{citation.Number}\n{string.Join('\n', citation.Quotes)}");
        if (_ids.TryGetValue(key, out var id))
        {
            return (id, false);
        }

        id = string.Create(CultureInfo.InvariantCulture, $"n-{_ids.Count + 1}");
        _ids.Add(key, id);
        return (id, true);
    }
}
