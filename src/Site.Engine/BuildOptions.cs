namespace Site.Engine;

/// <summary>What to build and where.</summary>
/// <param name="Root">The project root, holding <c>input/</c>, <c>seeds/</c> and <c>theme/</c>.</param>
/// <param name="OutputDirectory">Where the site is written; by default <c>output/</c> under the root.</param>
/// <param name="BasePath">The path the site is served under, overriding the site settings; null to use them.</param>
/// <param name="CheckOnly">True to stop after linking and write nothing (the <c>check</c> command).</param>
/// <param name="BaseUrl">The absolute address the site is published at, overriding the site settings; null to use them.</param>
public sealed record BuildOptions(string Root, string? OutputDirectory = null, string? BasePath = null, bool CheckOnly = false, string? BaseUrl = null)
{
    /// <summary>The output folder, absolute.</summary>
    public string Output => Path.GetFullPath(OutputDirectory ?? Path.Combine(Root, "output"));

    /// <summary>The theme folder, which the output folder must keep clear of; by default <c>theme/</c> under the root.</summary>
    public string? ThemeDirectory { get; init; }

    /// <summary>The theme folder, absolute.</summary>
    public string Theme => Path.GetFullPath(ThemeDirectory ?? Path.Combine(Root, "theme"));

    /// <summary>True when a warning fails the build as an error does, so that nothing is written.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>True to build into a non-empty output folder that no build of this generator made; its files are kept.</summary>
    public bool AllowExistingOutput { get; init; }

    /// <summary>Told when the build waits for another build that is writing to the same output folder.</summary>
    public Action<string>? OnWait { get; init; }
}
