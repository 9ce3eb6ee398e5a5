using System.Security.Cryptography;

namespace Site.Tests.Support;

/// <summary>A folder's files and a hash of each, to compare folders byte for byte.</summary>
internal static class Snapshot
{
    /// <summary>Every file under <paramref name="folder"/> with the SHA-256 of its bytes, by relative path.</summary>
    public static SortedDictionary<string, string> Of(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);
}
