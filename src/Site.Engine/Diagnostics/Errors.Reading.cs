namespace Site.Engine.Diagnostics;

public static partial class Errors
{
    /// <summary>SG0001: the YAML parser could not read the file.</summary>
    public static Diagnostic YamlSyntax(SourceSpan span, string parserMessage, string? hint) =>
        Error("SG0001", span, $"this is not valid YAML: {parserMessage}",
            "well-formed YAML: `key: value` pairs, list items starting with `- `, indentation with spaces",
            hint ?? "look at this line and the one above it for an unclosed quote or a misaligned indentation.");

    /// <summary>SG0001, for a colon followed by a space inside an unquoted value, which YAML reads as the start of a field.</summary>
    /// <param name="span">Where the colon is.</param>
    /// <param name="field">The field whose value holds it.</param>
    /// <param name="quoted">The line with the value in quotes, or null when it is too long to show.</param>
    public static Diagnostic ColonInPlainValue(SourceSpan span, string field, string? quoted) =>
        Error("SG0001", span, $"this is not valid YAML: the value of `{field}` holds a colon followed by a space, which YAML reads as the start of another field",
            "a value with `: ` in it written in quotes",
            quoted is null ? $"put the whole value of `{field}` in single quotes: `'` before its first word and after its last." : $"put the whole value in quotes: `{quoted}`.");

    /// <summary>SG0001, for a quoted value that holds its own quote mark, which ends it early.</summary>
    /// <param name="span">Where the quote mark that ends the value early is.</param>
    /// <param name="field">The field whose value it is.</param>
    /// <param name="quote">The quote mark, <c>"</c> or <c>'</c>.</param>
    /// <param name="rewritten">The line written so that it reads, or null when it is too long to show.</param>
    public static Diagnostic QuoteInsideQuotedValue(SourceSpan span, string field, char quote, string? rewritten) =>
        Error("SG0001", span, $"this is not valid YAML: the value of `{field}` is in {(quote == '"' ? "double" : "single")} quotes and holds a `{quote}` of its own, which ends it here",
            quote == '"' ? "inside double quotes, `\\\"` for a double quote" : "inside single quotes, `''` (two single quotes) for an apostrophe",
            (quote == '"'
                ? "put the value in single quotes instead, or write each `\"` inside it as `\\\"`"
                : "put the value in double quotes instead, or write each `'` inside it twice, as `''`")
            + (rewritten is null ? "." : $": `{rewritten}`."));

    /// <summary>SG0001, for a list written where a field belongs, as when the line with the field's name was deleted.</summary>
    /// <param name="span">Where the list's first <c>-</c> is.</param>
    /// <param name="field">The field the list's records belong to, when the schema names exactly one, or null.</param>
    /// <param name="sibling">The field above the list, which the missing field's name would line up with.</param>
    public static Diagnostic ListWhereFieldExpected(SourceSpan span, string? field, string sibling) =>
        Error("SG0001", span, $"this is not valid YAML: a list starts here, where a field was expected{(field is null ? string.Empty : $"; did you forget `{field}:`?")}",
            $"a field lined up with `{sibling}` above it, or a list under a field's name",
            field is null
                ? $"add the name of the field the list belongs to on a line of its own above it, lined up with `{sibling}`, as `name:`."
                : $"add a line `{field}:` above the list, lined up with `{sibling}`.");

    /// <summary>SG0001, for a line indented by more or fewer spaces than the lines it belongs with.</summary>
    /// <param name="span">Where the line's text starts.</param>
    /// <param name="what">What the line starts with: a field in backticks, or "this list item".</param>
    /// <param name="spaces">The spaces before it.</param>
    /// <param name="expected">The spaces it needs to line up.</param>
    /// <param name="sibling">What it should line up with, and its line, in words.</param>
    public static Diagnostic OutOfLine(SourceSpan span, string what, int spaces, int expected, string sibling) =>
        Error("SG0001", span, $"this is not valid YAML: {what} is indented by {Spaces(spaces)}, out of line with {sibling}",
            $"{Spaces(expected)} before {what}, as before {sibling}",
            expected == 0 ? $"start {what} at the very beginning of the line, with no space before it." : $"indent {what} by exactly {Spaces(expected)}.");

    private static string Spaces(int count) => count == 1 ? "1 space" : $"{count} spaces";

    /// <summary>SG0002: the file has no content.</summary>
    public static Diagnostic EmptyFile(SourceSpan span) =>
        Error("SG0002", span, "the file is empty",
            "at least one entry",
            "add content, or delete the file if it is not needed.");

    /// <summary>SG0003: the file is not UTF-8 text.</summary>
    public static Diagnostic NotUtf8(SourceSpan span) =>
        Error("SG0003", span, "the file is not UTF-8 text",
            "a text file saved as UTF-8",
            "save the file again with the UTF-8 encoding (most editors offer it under 'Save with encoding').");

    /// <summary>SG0004: the file is larger than any content file should be.</summary>
    public static Diagnostic FileTooLarge(SourceSpan span, long bytes, long limit) =>
        Error("SG0004", span, $"the file is too large ({bytes:N0} bytes)",
            $"at most {limit:N0} bytes",
            "split the file into several smaller files in the same folder.");

    /// <summary>SG0005: a key appears twice in one mapping.</summary>
    public static Diagnostic DuplicateKey(SourceSpan span, string key, SourceSpan first) =>
        Error("SG0005", span, $"the field `{key}` is given twice (first at line {first.Line})",
            "each field once per entry",
            "delete one of the two, or start a new list entry with `- ` if this is meant to be another record.");

    /// <summary>SG0006: a Markdown file opens a front-matter block and never closes it.</summary>
    public static Diagnostic UnterminatedFrontMatter(SourceSpan span) =>
        Error("SG0006", span, "the front-matter block that starts here is never closed",
            "a line `---` after the front matter",
            "add a line with just `---` after the last front-matter field.");

    /// <summary>SG0007: a node has a different shape from what the file kind expects (a list, a mapping or text).</summary>
    public static Diagnostic WrongShape(SourceSpan span, string what, string expected, string found, string fix) =>
        Error("SG0007", span, $"{what} should be {expected}, but it is {found}", expected, fix);

    /// <summary>SG0008: the YAML uses anchors and aliases, which content files never need.</summary>
    public static Diagnostic AliasNotAllowed(SourceSpan span) =>
        Error("SG0008", span, "YAML anchors and aliases (`&name`, `*name`) are not allowed in content files",
            "every value written out in full",
            "replace the alias with the value it stands for.");

    /// <summary>SG0009: a Markdown page has no front matter.</summary>
    public static Diagnostic MissingFrontMatter(SourceSpan span) =>
        Error("SG0009", span, "the page has no front matter",
            "a first line `---`, then fields such as `title:`, then a line `---`",
            "add a front-matter block at the top of the file.");

    /// <summary>SG0010: a file the site needs does not exist.</summary>
    public static Diagnostic MissingFile(SourceSpan span, string what) =>
        Error("SG0010", span, $"the file {span.Path} does not exist",
            what,
            $"create {span.Path}; the README shows what goes in it.");

    /// <summary>SG0012: a file holds a second YAML document, after a <c>---</c> line, which would be ignored.</summary>
    public static Diagnostic SecondDocument(SourceSpan span) =>
        Error("SG0012", span, "a second YAML document starts here, and only the first of a file is read",
            "one YAML document per file: `---` on a line of its own ends one document and starts another",
            "remove this `---` line, so that what follows joins the list above; or move what follows to a file of its own.");

    /// <summary>SG0011: lists or groups of fields are nested deeper than any content needs.</summary>
    public static Diagnostic NestedTooDeeply(SourceSpan span, int limit) =>
        Error("SG0011", span, $"lists and groups of fields are nested more than {limit} levels deep here",
            "at most a few levels: a list of records, their fields, and lists inside those",
            "look for a run of `[` or `{` that is never closed, and close it or remove it.");

    /// <summary>SG0013: a control character or noncharacter, written in the file or produced by a YAML escape.</summary>
    /// <param name="span">Where the character or its escape is.</param>
    /// <param name="character">The character, as <c>U+0001</c>.</param>
    /// <param name="escape">The escape that produces it, such as <c>\x01</c>, or null when the character is in the file itself.</param>
    /// <param name="inFile">How many such characters the file holds, when they are in the file itself.</param>
    public static Diagnostic ControlCharacter(SourceSpan span, string character, string? escape, int inFile = 1) =>
        Error("SG0013", span, escape is null
                ? $"an invisible control character ({character}) is here, and no page can show it{(inFile > 1 ? $"; the file holds {inFile:N0} such characters" : string.Empty)}"
                : $"the escape `{escape}` stands for a control character ({character}), and no page can show it",
            "printable text; tabs and line breaks are the only control characters allowed",
            escape is null
                ? "the character is invisible in most editors: delete the text around this column and type it again."
                : $"remove `{escape}` from the text.");

    /// <summary>SG0014: a file or folder the build may not or cannot read: a link that loops, leads nowhere or out of the project, or a read that fails.</summary>
    public static Diagnostic Unreadable(SourceSpan span, string reason, string fix) =>
        Error("SG0014", span, $"{span.Path} cannot be read: {reason}",
            "a file or folder inside the project that this account can read",
            fix);

    /// <summary>
    /// SG0015: references to a kind of record were not checked, because a file of that kind could not be read (the
    /// error that says why is reported too); they would all look unknown until it is fixed.
    /// </summary>
    public static Diagnostic ReferencesNotChecked(SourceSpan span, string kind, int count) =>
        Warning("SG0015", span, $"{count:N0} {(count == 1 ? "reference" : "references")} to {kind} were not checked, because {span.Path} could not be read",
            $"fix the error in {span.Path} first; the references are checked again on the next build.");

    /// <summary>
    /// SG0016: more problems of one kind in one file than are listed; the first ones are, and this line counts the rest.
    /// </summary>
    public static Diagnostic MoreNotShown(SourceSpan span, string code, int count) =>
        Warning("SG0016", span, $"{count:N0} more {code} {(count == 1 ? "problem" : "problems")} in {span.Path} {(count == 1 ? "is" : "are")} not listed, from this line on",
            "they are often one slip repeated: fix the ones listed above, then check again.");

    /// <summary>
    /// SG0017: a YAML tag (<c>!name</c>, <c>!!int</c>), which would change how a value is read, while the site reads every
    /// value as written; a tag would otherwise be dropped without a word.
    /// </summary>
    public static Diagnostic TagNotAllowed(SourceSpan span, string tag) =>
        Error("SG0017", span, $"the YAML tag `{tag}` is not used in content files",
            "values written as they are, without `!` tags",
            "remove the tag; the value is read as the text after it.");
}
