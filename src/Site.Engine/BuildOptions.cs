namespace Site.Engine;

/// <summary>What to build and where.</summary>
/// <param name="Root">The project root, holding <c>input/</c>, <c>seeds/</c> and <c>theme/</c>.</param>
/// <param name="OutputDirectory">Where the site is written; by default <c>output/</c> under the root.</param>
/// <param name="BasePath">The path the site is served under, such as <c>/</c>.</param>
/// <param name="CheckOnly">True to stop after linking and write nothing (the <c>check</c> command).</param>
public sealed record BuildOptions(string Root, string? OutputDirectory = null, string BasePath = "/", bool CheckOnly = false)
{
    /// <summary>The output folder, absolute.</summary>
    public string Output => Path.GetFullPath(OutputDirectory ?? Path.Combine(Root, "output"));
}
