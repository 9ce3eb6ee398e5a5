using System.IO.Hashing;
using System.Text;

namespace Site.Engine.Rendering.Cards;

/// <summary>
/// Images already drawn (share cards and the icon), by a hash of everything that decides their bytes (the design's
/// version, the font, the text), in a folder outside the output folder (<c>.cache/cards/</c> in the project,
/// git-ignored): an image is drawn again only when one of those changes. The cache only saves time: a file it cannot
/// read or write is drawn, and left alone.
/// </summary>
/// <param name="folder">The cache's folder, made when the first image is kept.</param>
internal sealed class CardCache(string folder)
{
    /// <summary>The cache of the project at <paramref name="root"/>.</summary>
    public static CardCache For(string root) => new(Path.Combine(root, ".cache", "cards"));

    /// <summary>The key of an image made from <paramref name="parts"/>, a file name ending in <paramref name="extension"/>.</summary>
    public static string Key(string extension, params string[] parts) =>
        Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(string.Join('\0', parts)))) + extension;

    /// <summary>The hash of a font file, for <see cref="Key"/>.</summary>
    public static string FontHash(ReadOnlySpan<byte> font) => Convert.ToHexStringLower(XxHash128.Hash(font));

    /// <summary>The image kept under <paramref name="key"/>, or else the one <paramref name="draw"/> makes, which is then kept.</summary>
    public byte[] KeptOrDrawn(string key, Func<byte[]> draw) => Kept(key) ?? Keep(key, draw());

    /// <summary>The image kept under <paramref name="key"/>, or null when there is none (or it cannot be read).</summary>
    public byte[]? Kept(string key)
    {
        try
        {
            return File.ReadAllBytes(Path.Combine(folder, key));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="image"/> under <paramref name="key"/>, and returns it.</summary>
    public byte[] Keep(string key, byte[] image)
    {
        Write(Path.Combine(folder, key), image);
        return image;
    }

    /// <summary>Writes the file beside its place, then renames it, so that no reader ever sees half of it.</summary>
    private void Write(string path, byte[] bytes)
    {
        var partial = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.partial";
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(partial, bytes);
            File.Move(partial, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }
}
