using Site.Engine.Diagnostics;

namespace Site.Engine;

/// <summary>What a build did: its diagnostics, whether it wrote the site, and how long each stage took.</summary>
/// <param name="Diagnostics">Every problem found, sorted by file and line.</param>
/// <param name="Formatter">Prints a diagnostic with its source excerpt.</param>
/// <param name="Timings">Each stage's name and duration, in order.</param>
/// <param name="PageCount">Pages rendered (0 when the build stopped early).</param>
/// <param name="Written">What the write stage changed on disk.</param>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    DiagnosticFormatter Formatter,
    IReadOnlyList<(string Stage, TimeSpan Duration)> Timings,
    int PageCount,
    Output.WriteResult Written)
{
    /// <summary>True when no diagnostic is an error.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
