namespace Site.Engine.Diagnostics;

public static partial class Errors
{
    /// <summary>SG0901: a source that no fact, quote or credit cites.</summary>
    public static Diagnostic UncitedSource(SourceSpan span, string id) =>
        Warning("SG0901", span, $"no fact cites the source '{id}'",
            "add a fact that quotes this article, or remove the source.");

    /// <summary>SG0902: a person or work that no fact is about.</summary>
    public static Diagnostic NoFacts(SourceSpan span, string kind, string id) =>
        Warning("SG0902", span, $"no fact is about the {kind} '{id}'",
            $"add a fact whose `about` names `{id}`.");

    /// <summary>SG0903: a fact without a date on a page where the other facts have one.</summary>
    public static Diagnostic UndatedFact(SourceSpan span, string id, string page) =>
        Warning("SG0903", span, $"the fact '{id}' has no date, unlike the other facts about '{page}'",
            "add a `date` if the sources give one, so the fact takes its place in time.");

    /// <summary>SG0904: a file in input/ that the build does not read, usually a misnamed file.</summary>
    public static Diagnostic UnreadFile(SourceSpan span, string? suggestion) =>
        Warning("SG0904", span, $"this file is not read by the build{DidYouMean(suggestion)}",
            suggestion is null
                ? "data goes in input/NAME.yaml or input/NAME/*.yaml (sources, people, works, facts, quotes, claims), pages in input/pages/*.md."
                : $"rename it to {suggestion}.");
}
