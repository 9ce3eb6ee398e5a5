namespace Site.Engine.Diagnostics;

/// <summary>
/// The catalogue of every problem the build reports, one factory method per kind, each with a stable code.
/// Codes SG00xx are about reading files, SG01xx about values, SG02xx about references between records,
/// SG03xx about rendered pages and SG09xx are warnings.
/// </summary>
public static partial class Errors
{
    private static Diagnostic Error(string code, SourceSpan span, string message, string? expected, string? fix) =>
        new(code, Severity.Error, message, span, expected, fix);

    private static Diagnostic Warning(string code, SourceSpan span, string message, string? fix) =>
        new(code, Severity.Warning, message, span, null, fix);

    private static string DidYouMean(string? suggestion) =>
        suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
}
