namespace Site.Engine.Diagnostics;

/// <summary>How serious a diagnostic is: errors fail the build, warnings do not.</summary>
public enum Severity
{
    /// <summary>The build cannot go on; nothing is written.</summary>
    Error,

    /// <summary>Worth fixing, but the site is still built.</summary>
    Warning,
}
