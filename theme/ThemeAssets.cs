using Site.Engine.Loading;
using Site.Engine.Output;
using Site.Engine.Rendering;

namespace Site.Theme;

/// <summary>
/// Reads the theme's assets with the rules the content is read by: only plain files of the theme itself (a link is
/// followed only to a file inside the theme's assets), never a pipe or a device, at most <see cref="MaxBytes"/> each,
/// and never a hidden file (an editor's lock such as <c>.#site.css</c>, or <c>.DS_Store</c>). A file that breaks a
/// rule is an <see cref="UnreadableThemeFileException"/>, which the build reports at the file.
/// </summary>
internal static class ThemeAssets
{
    /// <summary>The largest asset read, in bytes.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    private static readonly EnumerationOptions Entries = new() { AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = false };

    /// <summary>Every asset under <paramref name="folder"/>, by its path in the output folder, in name order.</summary>
    public static IReadOnlyList<RenderedFile> Read(string folder)
    {
        var files = new List<RenderedFile>();
        Collect(folder, OutputFolder.RealPath(folder), "assets/", files);
        return [.. files.OrderBy(f => f.OutputPath, StringComparer.Ordinal)];
    }

    private static void Collect(string folder, string realRoot, string prefix, List<RenderedFile> files)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(folder).GetFileSystemInfos("*", Entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UnreadableThemeFileException(folder, e.Message);
        }

        foreach (var entry in entries)
        {
            if (entry.Name.Any(char.IsControl))
            {
                throw new UnreadableThemeFileException(entry.FullName, "its name holds a control character, which no address can carry");
            }

            if (entry.LinkTarget is not null)
            {
                var target = OutputFolder.RealPath(entry.FullName);
                if (!target.StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new UnreadableThemeFileException(entry.FullName, "it is a link to something outside the theme's assets");
                }

                if (Directory.Exists(target))
                {
                    throw new UnreadableThemeFileException(entry.FullName, "it is a link to a folder; put the files themselves in the theme");
                }

                if (!File.Exists(target))
                {
                    throw new UnreadableThemeFileException(entry.FullName, "it is a link that leads nowhere");
                }
            }
            else if (entry is DirectoryInfo)
            {
                Collect(entry.FullName, realRoot, prefix + entry.Name + "/", files);
                continue;
            }

            files.Add(new RenderedFile(prefix + entry.Name, ReadFile(entry.FullName)));
        }
    }

    /// <summary>
    /// The file's bytes. A pipe, a device or a file of the kernel's reports a size of 0 and is never opened, so that
    /// nothing can make the build wait or read without end; no more than the limit is ever read.
    /// </summary>
    public static byte[] ReadFile(string path)
    {
        try
        {
            return SourceFiles.ReadAtMost(path, MaxBytes, out _)
                ?? throw new UnreadableThemeFileException(path, $"it is larger than {MaxBytes / (1024 * 1024)} MB, the most an asset may be");
        }
        catch (Exception e) when (e is IOException and not UnreadableThemeFileException or UnauthorizedAccessException)
        {
            throw new UnreadableThemeFileException(path, e.Message);
        }
    }
}
