namespace Site.Engine.Diagnostics;

public static partial class Errors
{
    /// <summary>SG0201: an id used by two records.</summary>
    public static Diagnostic DuplicateId(SourceSpan span, string id, SourceSpan first) =>
        Error("SG0201", span, $"the id '{id}' is already used at {first}",
            "every id once across all content files",
            "give one of the two records another id.");

    /// <summary>SG0202: a reference to a person, work, source, fact or claim that does not exist.</summary>
    public static Diagnostic UnknownReference(SourceSpan span, string kind, string id, string? suggestion) =>
        Error("SG0202", span, $"unknown {kind} '{id}'{DidYouMean(suggestion)}",
            $"the id of a {kind} defined in input/",
            suggestion is null ? $"correct the id, or add the {kind} first." : $"write `{suggestion}`.");

    /// <summary>SG0203: a source that names a seed file that does not exist.</summary>
    public static Diagnostic SeedMissing(SourceSpan span, string file) =>
        Error("SG0203", span, $"the seed file '{file}' does not exist in seeds/",
            "the name of a file in seeds/",
            "correct `seed`, or copy the article into seeds/ unchanged.");

    /// <summary>SG0204: a citation marker in a Markdown page names a fact that does not exist.</summary>
    public static Diagnostic UnknownFactMarker(SourceSpan span, string id, string? suggestion) =>
        Error("SG0204", span, $"the citation marker names unknown fact '{id}'{DidYouMean(suggestion)}",
            "`[@fact-id]` with the id of a fact in input/facts/",
            suggestion is null ? "correct the id in the marker." : $"write `[@{suggestion}]`.");

    /// <summary>SG0205: a Markdown page whose name is taken by a section of the site.</summary>
    public static Diagnostic ReservedPageName(SourceSpan span, string slug) =>
        Error("SG0205", span, $"the page name '{slug}' is used by a section of the site",
            $"a file name other than {string.Join(", ", Model.ReservedSlugs.All.Select(r => r + ".md"))}",
            "rename the file; its name becomes the page's address.");

    /// <summary>SG0206: a date declared as reported whose source states no date of its own.</summary>
    public static Diagnostic ReportedDateUnstated(SourceSpan span, string sourceId) =>
        Error("SG0206", span, $"the date is `reported`, but the source `{sourceId}` states no date",
            "`date: reported` only on an entry whose source has a `date` in input/sources.yaml",
            "give the date the cited words state, or remove `date`; an entry with no date stays off the timeline.");
}
