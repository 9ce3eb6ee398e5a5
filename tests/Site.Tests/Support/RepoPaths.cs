namespace Site.Tests.Support;

/// <summary>Finds the repository the tests run from, so they can use the real input/, seeds/ and theme/.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds Site.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The theme folder.</summary>
    public static string Theme => Path.Combine(Root, "theme");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Site.sln not found above " + AppContext.BaseDirectory);
    }
}
