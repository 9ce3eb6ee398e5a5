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
}
