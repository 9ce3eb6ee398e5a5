using Site.Engine.Passages;

namespace Site.Engine.Diagnostics;

public static partial class Errors
{
    /// <summary>SG0101: a field name that this kind of record does not have.</summary>
    public static Diagnostic UnknownField(SourceSpan span, string field, string record, IEnumerable<string> allowed, string? suggestion) =>
        Error("SG0101", span, $"unknown field '{field}' in this {record}{DidYouMean(suggestion)}",
            $"one of: {string.Join(", ", allowed.Select(a => $"`{a}`"))}",
            suggestion is null ? "remove the field or correct its name." : $"rename it to `{suggestion}`.");

    /// <summary>SG0102: a required field is missing.</summary>
    public static Diagnostic MissingField(SourceSpan span, string field, string record, string example) =>
        Error("SG0102", span, $"this {record} is missing the required field `{field}`",
            $"a line such as `{field}: {example}`",
            $"add `{field}` to this entry.");

    /// <summary>SG0103: a field holds text where a list belongs, or the other way round.</summary>
    public static Diagnostic WrongType(SourceSpan span, string field, string expected, string found, string? fix = null) =>
        Error("SG0103", span, $"`{field}` should be {expected}, but it is {found}",
            expected,
            fix ?? (expected.StartsWith("a list", StringComparison.Ordinal)
                ? $"write each item on its own line starting with `- ` under `{field}:`."
                : $"write a single value after `{field}:`."));

    /// <summary>
    /// SG0104: a quote that does not occur in its source's article, with the article's closest passage
    /// (<paramref name="cited"/>) and another article's when it is clearly closer (<paramref name="elsewhere"/>), each
    /// null when none is close. <paramref name="key"/> names the fields that hold the quote and its source's id.
    /// </summary>
    public static Diagnostic QuoteNotInSource(SourceSpan span, string sourceId, string seedPath, (string Quote, string Source) key,
        bool outlet = false, Passage? cited = null, Passage? elsewhere = null)
    {
        var notes = new List<string>();
        if (cited is not null)
        {
            notes.Add($"the closest passage in that article, at {cited.Location}, is: {cited.Text}");
        }

        if (elsewhere is not null)
        {
            notes.Add($"another article is closer, at {elsewhere.Location} (source `{elsewhere.SourceId}`): {elsewhere.Text}");
        }
        else if (cited is null)
        {
            notes.Add(outlet ? "nothing in that article is close to these words" : "nothing in that article or any other is close to these words");
        }

        var fix = (cited, elsewhere) switch
        {
            (_, { } other) => $"to cite the other article, write `{YamlSnippet.Field(key.Source, other.SourceId)}` and `{YamlSnippet.Field(key.Quote, other.Text)}`",
            ({ } own, null) => $"write the words as the article has them: `{YamlSnippet.Field(key.Quote, own.Text)}`",
            _ when outlet => "copy the words that name the outlet verbatim from this source's article, punctuation included.",
            _ => "copy the words verbatim from the article, punctuation included, or correct `source`.",
        };
        return new("SG0104", Severity.Error, "quote not found in its source", span,
            $"this exact text in {seedPath} (source `{sourceId}`)", fix, string.Join('\n', notes));
    }

    /// <summary>SG0105: a quote too long to be a quotation.</summary>
    public static Diagnostic QuoteTooLong(SourceSpan span, int length, int limit) =>
        Error("SG0105", span, $"the quote is {length} characters long, too long for a quotation",
            $"at most {limit} characters",
            "quote only the words that prove the fact; the site never republishes an article.");

    /// <summary>SG0106: a date that is not YYYY, YYYY-MM or YYYY-MM-DD, or that does not exist.</summary>
    public static Diagnostic InvalidDate(SourceSpan span, string value, string reason, bool allowReported = false) =>
        Error("SG0106", span, $"'{value}' is not a valid date: {reason}",
            "a year (`1988`), a year and month (`1988-09`) or a full date (`1988-09-04`)"
                + (allowReported ? ", or `reported` for the date the article states for itself" : string.Empty),
            "write the date in one of those forms, leaving out what the sources do not say.");

    /// <summary>SG0107: an id (or a page's file name) with characters outside a-z, 0-9 and hyphens.</summary>
    public static Diagnostic InvalidId(SourceSpan span, string value, bool isPageName = false) =>
        Error("SG0107", span, $"'{value}' is not a valid {(isPageName ? "page name" : "id")}",
            "lower-case letters a-z, digits and single hyphens, such as `lemon-sky`",
            isPageName
                ? "rename the file with only those characters, such as `our-story.md`; its name becomes the page's address."
                : "rewrite the id with only those characters; it becomes part of a web address.");

    /// <summary>SG0108: a web address that is not http or https.</summary>
    public static Diagnostic InvalidUrl(SourceSpan span, string value) =>
        Error("SG0108", span, $"'{value}' is not an http or https web address",
            "an address starting with `https://` or `http://`",
            "copy the full address from the browser's address bar.");

    /// <summary>SG0109: a value outside a fixed set, such as a work's kind.</summary>
    public static Diagnostic NotOneOf(SourceSpan span, string field, string value, IReadOnlyCollection<string> allowed, string? suggestion) =>
        Error("SG0109", span, $"'{value}' is not a known value for `{field}`{DidYouMean(suggestion)}",
            $"one of: {string.Join(", ", allowed)}",
            suggestion is null ? "use one of the values listed." : $"write `{suggestion}`.");

    /// <summary>SG0112: a base path that is not a clean absolute path ending in a slash.</summary>
    public static Diagnostic InvalidBasePath(SourceSpan span, string value) =>
        Error("SG0112", span, $"'{value}' is not a valid base path",
            "a path that starts and ends with `/`, such as `/` or `/bacon-sedgwick/`, with letters, digits, `.`, `_`, `~` and `-` between the slashes",
            "write the path the site is served under, as it appears in the address bar after the host name.");

    /// <summary>SG0110: a field that is present but empty.</summary>
    public static Diagnostic EmptyValue(SourceSpan span, string field) =>
        Error("SG0110", span, $"`{field}` is empty",
            "some text",
            $"fill in `{field}`, or remove the line if the field is optional.");

    /// <summary>SG0111: source metadata (headline, date, publisher) that the article itself does not state.</summary>
    /// <param name="span">Where the value is.</param>
    /// <param name="field">The field.</param>
    /// <param name="seedPath">The article's file.</param>
    /// <param name="forms">For a date, the forms the article may write it in, in words; null for text, which must occur as written.</param>
    public static Diagnostic MetadataNotInSeed(SourceSpan span, string field, string seedPath, string? forms = null) =>
        Error("SG0111", span, $"the {field} is not stated in the article",
            forms is null ? $"text that occurs in {seedPath}" : $"the date written in {seedPath} as {forms}",
            forms is null
                ? $"remove `{field}` so the site says the article does not state it; never guess."
                : $"correct `{field}` to the date the article gives, or remove it so the site says the article does not state it; never guess.");

    /// <summary>SG0113: a web address with a character it cannot hold as written, such as a line break or a control character.</summary>
    public static Diagnostic UrlCharacter(SourceSpan span, string value, string reason) =>
        Error("SG0113", span, $"'{value}' is not a usable web address: {reason}",
            "an address such as `https://example.org/page`, without spaces, line breaks or invisible characters; other characters written as `%` and two hex digits",
            "copy the address again from the browser's address bar, on one line.");

    /// <summary>SG0114: an id or page name too long to become part of a file name and a web address.</summary>
    public static Diagnostic IdTooLong(SourceSpan span, string value, int limit, bool isPageName = false) =>
        Error("SG0114", span, $"the {(isPageName ? "page name" : "id")} '{value[..Math.Min(value.Length, 40)]}…' is {value.Length} characters long",
            $"at most {limit} characters",
            isPageName
                ? "rename the file with a shorter name; it becomes the page's address."
                : "shorten the id to a few words; it becomes part of a web address.");

    /// <summary>SG0116: a citation quote of too few words to prove anything.</summary>
    public static Diagnostic QuoteTooShort(SourceSpan span, int words, int minimum) =>
        Error("SG0116", span, $"the quote has {words} word{(words == 1 ? string.Empty : "s")}, too few to prove anything",
            $"at least {minimum} words copied from the article",
            "quote the whole phrase that says it, not just a word or two that occur somewhere in the article.");

    /// <summary>SG0117: a date that none of the record's cited passages gives.</summary>
    public static Diagnostic DateNotInCitations(SourceSpan span, string field, string date, string missing, bool canBeReported) =>
        Error("SG0117", span, $"the {field} {date} is not given by the cited words: no cited passage has {missing}",
            "the year in digits, and the month by name or number where the date has one, in a quote this entry cites (the date line at the top of an article does not count)",
            "cite the words that give the date"
                + (canBeReported ? ", write `reported` if it is only the date the article was published," : string.Empty)
                + $" or remove `{field}` so the site does not guess.");

    /// <summary>SG0118: an outlet whose quote does not name it.</summary>
    public static Diagnostic OutletNotInQuote(SourceSpan span, string name) =>
        Error("SG0118", span, $"the quote for the outlet '{name}' does not name it",
            $"words of the article that attribute something to {name} and contain its name",
            "quote the words where the article names the outlet, or correct `name` to the outlet's name as the article spells it.");

    /// <summary>SG0119: a quote's <c>said_to</c> that neither the quote nor its citations name.</summary>
    public static Diagnostic SaidToNotInCitations(SourceSpan span, string saidTo) =>
        Error("SG0119", span, $"'{saidTo}' is not named by the quote or its cited words",
            $"a citation of this quote with the article's words that name {saidTo}, such as `Bacon told The Guardian in 2017`",
            "add the words that say to whom it was said under `citations`, or remove `said_to` if the article does not say.");

    /// <summary>SG0120: an id listed twice in one list, such as <c>about</c> or <c>speakers</c>.</summary>
    public static Diagnostic IdListedTwice(SourceSpan span, string key, string id, SourceSpan first) =>
        Error("SG0120", span, $"`{id}` is listed twice in `{key}` (first at {(first.Line == span.Line ? $"column {first.Column}" : $"line {first.Line}")})",
            $"each id once in `{key}`",
            "remove the second one.");

    /// <summary>SG0121: a <c>base_url</c> that the addresses of pages cannot follow.</summary>
    public static Diagnostic InvalidSiteAddress(SourceSpan span, string value, string reason, bool inPath) =>
        Error("SG0121", span, $"'{value}' cannot be the site's address: {reason}",
            "the address of the site's home page, such as `https://example.org/` or `https://example.github.io/bacon-sedgwick/`",
            inPath ? "publish the site under a path of those characters, or give the path it is served under as `base_path`." : "write just the address of the site's home page (scheme, host and the folder's path), as said above.");

    /// <summary>SG0120: a person credited twice alike (one role, one character or none) on one work.</summary>
    public static Diagnostic CreditListedTwice(SourceSpan span, string person, string role, SourceSpan first) =>
        Error("SG0120", span, $"`{person}` is credited twice as `{role}` (first at line {first.Line})",
            "each person once for each role in `credits`, or once for each character they play (`as`)",
            "remove the second credit, or move its citations to the first.");

    /// <summary>SG0122: a <c>couple</c> that does not name two people.</summary>
    public static Diagnostic CoupleNotTwo(SourceSpan span, int count) =>
        Error("SG0122", span, $"`couple` names {count} {(count == 1 ? "person" : "people")}",
            "the ids of the two people the site is about, such as `[kevin-bacon, kyra-sedgwick]`",
            "list exactly two people in `couple`.");

    /// <summary>SG0123: a name, title or description longer than a page can show in its place.</summary>
    public static Diagnostic TextTooLong(SourceSpan span, string key, int length, int max) =>
        Error("SG0123", span, $"`{key}` is {length} characters long",
            $"at most {max} characters: it is shown on many pages, in headings, lists and share cards",
            "shorten it; say more in the summary, or on a page of its own.");
}
