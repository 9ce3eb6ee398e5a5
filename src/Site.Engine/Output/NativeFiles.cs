using System.Runtime.InteropServices;

namespace Site.Engine.Output;

/// <summary>
/// The two file-system calls .NET does not offer: a hard link, so that a new tree of the site can share the bytes of
/// the files that did not change, and an atomic exchange of two folders, so that the output folder switches from the
/// old site to the new one in one step. Each says false where the platform or the file system cannot do it, and the
/// caller falls back to a copy or to two renames.
/// </summary>
internal static partial class NativeFiles
{
    private const string LibC = "libc.so.6";
    private const int AtCurrentFolder = -100;
    private const uint RenameExchange = 2;

    /// <summary>Makes <paramref name="link"/> a second name of the file <paramref name="existing"/>.</summary>
    public static bool TryHardLink(string existing, string link)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return Link(existing, link) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Swaps two folders in one step: a reader sees each path hold the one tree or the other, never neither.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtCurrentFolder, first, AtCurrentFolder, second, RenameExchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport(LibC, EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string link);

    [LibraryImport(LibC, EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);
}
