using Site.Engine.Loading;

namespace Site.Engine.Output;

/// <summary>
/// Where a build may write. The output folder is replaced whole by every build, so it must be a folder of its own:
/// never the project, never a folder the build reads (<c>input/</c>, <c>seeds/</c>, the theme), never inside one of
/// them or around one, and never a Git repository or inside one. Paths are compared after following symbolic links,
/// so a link cannot smuggle a protected folder in under another name.
/// </summary>
public static class OutputFolder
{
    /// <summary>The file, in the output folder, that lists every file a build wrote there.</summary>
    public const string ManifestName = ".site-manifest";

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>Throws an <see cref="OutputException"/> that says why, when <paramref name="output"/> is not a place to write the site.</summary>
    /// <param name="root">The project folder.</param>
    /// <param name="theme">The theme folder.</param>
    /// <param name="output">The output folder asked for.</param>
    public static void EnsureSafe(string root, string theme, string output)
    {
        var target = RealPath(output);
        var project = RealPath(root);
        var suggestion = $"choose a folder of its own, such as {Path.Combine(root, "output")}, or leave out --output.";
        for (var path = target; path is not null; path = Path.GetDirectoryName(path))
        {
            if (File.Exists(path))
            {
                throw Refused(path == target ? $"{output} is a file, not a folder" : $"{path} is a file, so no folder can be made inside it",
                    "name a folder; it is created if it does not exist yet.");
            }
        }

        if (IsWithin(target, project))
        {
            throw Refused(Same(project, target) ? $"{output} is the project folder" : $"{output} holds the project folder {root}", suggestion);
        }

        var readFolders = new[]
        {
            (Path: Path.Combine(root, "input"), Name: "the content folder input/"),
            (Path: Path.Combine(root, "seeds"), Name: "the articles folder seeds/"),
            (Path: theme, Name: "the theme folder"),
        };
        foreach (var (path, name) in readFolders)
        {
            var folder = RealPath(path);
            if (IsWithin(folder, target) || IsWithin(target, folder))
            {
                var relation = Same(folder, target) ? "is" : IsWithin(target, folder) ? "holds" : "is inside";
                throw Refused($"{output} {relation} {name}, which the build reads", suggestion);
            }
        }

        if (target.Split(Path.DirectorySeparatorChar).Contains(".git", StringComparer.Ordinal))
        {
            throw Refused($"{output} is inside a Git folder (.git)", suggestion);
        }

        if (Directory.Exists(Path.Combine(target, ".git")) || File.Exists(Path.Combine(target, ".git")))
        {
            throw Refused($"{output} holds a Git repository (.git)", suggestion);
        }
    }

    /// <summary>
    /// Throws an <see cref="OutputException"/> when <paramref name="output"/> holds files but no manifest, so that no
    /// build of this generator made it, unless <paramref name="adoptExisting"/>. A folder that does not exist, or is
    /// empty, is fine.
    /// </summary>
    public static void EnsureMadeByBuild(string output, bool adoptExisting)
    {
        if (adoptExisting || !Directory.Exists(output) || File.Exists(Path.Combine(output, ManifestName)) || !Directory.EnumerateFileSystemEntries(output).Any())
        {
            return;
        }

        throw new OutputException(
            $"refusing to write the site into {output}: it already holds files, and no build of this site made it (it has no {ManifestName}).\n"
            + "fix: choose an empty or new folder with --output, or pass --allow-existing-output to build into it anyway: its files are kept, and "
            + "files with the same names as the site's are replaced.", isUsage: true);
    }

    /// <summary>
    /// Throws an <see cref="OutputException"/> when <paramref name="output"/> is a mount point or another file system is
    /// mounted inside it: a build replaces the folder whole, which a mount point cannot be, and would carry a mounted
    /// file system's files away from it. Linux lists mounts in /proc/self/mountinfo; elsewhere nothing is checked.
    /// </summary>
    public static void EnsureNoMounts(string output)
    {
        const string mountInfo = "/proc/self/mountinfo";
        if (!OperatingSystem.IsLinux() || !File.Exists(mountInfo))
        {
            return;
        }

        var real = RealPath(output);
        foreach (var line in File.ReadLines(mountInfo))
        {
            var fields = line.Split(' ');
            var mountPoint = fields.Length > 4 ? UnescapeMountPoint(fields[4]) : string.Empty;
            if (Same(mountPoint, real))
            {
                throw Refused($"{output} is a mount point, which a build cannot replace", $"build into a folder inside it, such as {Path.Combine(output, "site")}.");
            }

            if (mountPoint.StartsWith(real + Path.DirectorySeparatorChar, PathComparison))
            {
                throw Refused($"a file system is mounted at {mountPoint}, inside {output}", "mount it somewhere outside the output folder; a build replaces the folder whole.");
            }
        }
    }

    /// <summary>A mount point as /proc/self/mountinfo writes it, with space, tab, line break and backslash as octal escapes.</summary>
    private static string UnescapeMountPoint(string field) => field
        .Replace("\\040", " ", StringComparison.Ordinal)
        .Replace("\\011", "\t", StringComparison.Ordinal)
        .Replace("\\012", "\n", StringComparison.Ordinal)
        .Replace("\\134", "\\", StringComparison.Ordinal);

    /// <summary>
    /// The absolute path with every symbolic link along it followed, as far as the path exists; the part that does not
    /// exist yet is kept as written, and so is a link that loops: it names no folder, and compared as written it
    /// matches none of the protected ones.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        return Path.TrimEndingDirectorySeparator(SourceFiles.RealPath(Path.GetPathRoot(full)!, full, out _, keepMissingTail: true)!);
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or a path inside it.</summary>
    private static bool IsWithin(string outer, string inner) =>
        Same(outer, inner) || inner.StartsWith(outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar, PathComparison);

    private static bool Same(string first, string second) => string.Equals(first, second, PathComparison);

    private static OutputException Refused(string what, string fix) =>
        new($"refusing to write the site there: {what}. A build replaces everything it wrote in its output folder.\nfix: {fix}", isUsage: true);
}
