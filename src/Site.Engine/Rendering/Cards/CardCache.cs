using System.Security.Cryptography;
using System.Text;

namespace Site.Engine.Rendering.Cards;

/// <summary>
/// Cards already drawn, by a hash of everything that decides their pixels (the design's version, the font, the text),
/// in a folder outside the output folder (<c>.cache/cards/</c> in the project, git-ignored): a card is drawn again only
/// when one of those changes. The cache only saves time: a file it cannot read or write is drawn, and left alone.
/// </summary>
/// <param name="folder">The cache's folder, made when the first card is kept.</param>
internal sealed class CardCache(string folder)
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The cache of the project at <paramref name="root"/>.</summary>
    public static CardCache For(string root) => new(Path.Combine(root, ".cache", "cards"));

    /// <summary>The key of <paramref name="card"/> drawn in the font whose hash is <paramref name="fontHash"/>.</summary>
    public static string Key(ShareCard card, string fontHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\0', CardDesign.Version, fontHash, card.Kind, card.Title, card.SiteName))));

    /// <summary>The hash of a font file, for <see cref="Key"/>.</summary>
    public static string FontHash(ReadOnlySpan<byte> font) => Convert.ToHexStringLower(SHA256.HashData(font));

    /// <summary>The card kept under <paramref name="key"/>, or null when there is none (or none that is a PNG).</summary>
    public byte[]? Read(string key)
    {
        try
        {
            var bytes = File.ReadAllBytes(PathOf(key));
            return bytes.AsSpan().StartsWith(PngSignature) ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="png"/> under <paramref name="key"/>: written beside, then renamed, so no reader sees half a file.</summary>
    public void Write(string key, byte[] png)
    {
        var path = PathOf(key);
        var partial = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.partial";
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(partial, png);
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

    private string PathOf(string key) => Path.Combine(folder, key + ".png");
}
