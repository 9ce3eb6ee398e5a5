namespace Site.Engine.Diagnostics;

/// <summary>One problem found in the content, with where it is, what was expected and how to fix it.</summary>
/// <param name="Code">The stable code from the catalogue in <see cref="Errors"/>, such as <c>SG0104</c>.</param>
/// <param name="Severity">Whether the problem fails the build.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Span">Where the problem is.</param>
/// <param name="Expected">What was expected there, or null.</param>
/// <param name="Fix">How to fix it, or null.</param>
/// <param name="Note">What else helps to fix it, such as the passage a misquote was meant to be, one note a line; or null.</param>
public sealed record Diagnostic(
    string Code,
    Severity Severity,
    string Message,
    SourceSpan Span,
    string? Expected = null,
    string? Fix = null,
    string? Note = null)
{
    /// <summary>The notes, one a line, or none.</summary>
    public IReadOnlyList<string> Notes => Note is null ? [] : Note.Split('\n');

    /// <summary>True when this diagnostic fails the build.</summary>
    public bool IsError => Severity == Severity.Error;
}
