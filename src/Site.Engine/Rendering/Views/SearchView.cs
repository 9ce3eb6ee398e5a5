using Site.Engine.Rendering.Search;

namespace Site.Engine.Rendering.Views;

/// <summary>The search page: a search box for browsers with JavaScript, and everything listed for those without.</summary>
/// <param name="Groups">Every searchable thing, grouped by kind, each group with its heading.</param>
/// <param name="IndexHref">The address of the search index the script loads.</param>
/// <param name="ScriptHref">The address of the search script.</param>
public sealed record SearchView(IReadOnlyList<(string Heading, IReadOnlyList<SearchEntry> Entries)> Groups, string IndexHref, string ScriptHref) : PageView;
