using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Site.Engine.Loading;

namespace Site.Engine.Rendering.Cards;

/// <summary>
/// Images already drawn (share cards and the icon), by a hash of everything that decides their bytes (the design's
/// version, the font, the text), in a folder outside the output folder (<c>.cache/cards/</c> in the project,
/// git-ignored): an image is drawn again only when one of those changes. The cache only saves time: a file it cannot
/// read or write is drawn, and left alone.
/// </summary>
/// <remarks>
/// What the cache holds goes into the published site, and its keys can be worked out by anyone from the repository, so
/// nothing in it is taken on trust: a <c>.cache</c> or <c>.cache/cards</c> that is a link (which could lead the build
/// to read or write elsewhere) turns the cache off, an entry is read only when it is a plain file of sensible size, and
/// only when its bytes have the form the build itself writes (<see cref="IsCardPng"/>, <see cref="IsIconIco"/>,
/// <see cref="IsPathData"/>); anything else is drawn again and replaced. A well-formed picture planted in a checkout can
/// still pass for a card, so the workflow that publishes the site deletes the cache and draws every card anew.
/// </remarks>
/// <param name="folder">The cache's folder, made when the first image is kept; null for no cache.</param>
internal sealed class CardCache(string? folder)
{
    /// <summary>The largest entry read: several times the largest card the design draws.</summary>
    private const long MaxEntryBytes = 512 * 1024;

    /// <summary>The longest outline of a letter read: several times the longest the font gives.</summary>
    private const int MaxPathDataBytes = 16 * 1024;

    private static readonly SearchValues<byte> PathDataBytes = SearchValues.Create("MLQCZmlqcz0123456789.,- e"u8);

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The cache of the project at <paramref name="root"/>, or none when its folder is reached through a link.</summary>
    public static CardCache For(string root)
    {
        var cache = Path.Combine(root, ".cache");
        var cards = Path.Combine(cache, "cards");
        return IsLinkOrFile(cache) || IsLinkOrFile(cards) ? new CardCache(null) : new CardCache(cards);
    }

    /// <summary>The key of an image made from <paramref name="parts"/>, a file name ending in <paramref name="extension"/>.</summary>
    public static string Key(string extension, params string[] parts) =>
        Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(string.Join('\0', parts)))) + extension;

    /// <summary>The hash of a font file, for <see cref="Key"/>.</summary>
    public static string FontHash(ReadOnlySpan<byte> font) => Convert.ToHexStringLower(XxHash128.Hash(font));

    /// <summary>
    /// The image kept under <paramref name="key"/> if <paramref name="isValid"/> accepts it, or else the one
    /// <paramref name="draw"/> makes, which is then kept.
    /// </summary>
    public byte[] KeptOrDrawn(string key, IsValid isValid, Func<byte[]> draw) => Kept(key, isValid) ?? Keep(key, draw());

    /// <summary>
    /// The image kept under <paramref name="key"/>, or null when there is none, it cannot be read, or
    /// <paramref name="isValid"/> refuses its bytes.
    /// </summary>
    public byte[]? Kept(string key, IsValid isValid)
    {
        if (folder is null)
        {
            return null;
        }

        var path = Path.Combine(folder, key);
        try
        {
            // A link is never followed, and a FIFO or a device (which claim a size of 0) is never opened.
            if (new FileInfo(path) is not { Exists: true, LinkTarget: null })
            {
                return null;
            }

            return SourceFiles.ReadAtMost(path, MaxEntryBytes, out _) is { } bytes && isValid(bytes) ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="image"/> under <paramref name="key"/>, and returns it.</summary>
    public byte[] Keep(string key, byte[] image)
    {
        if (folder is not null)
        {
            Write(folder, Path.Combine(folder, key), image);
        }

        return image;
    }

    /// <summary>Tells whether bytes read from the cache have the form the build writes under a key.</summary>
    public delegate bool IsValid(ReadOnlySpan<byte> bytes);

    /// <summary>
    /// True for a whole PNG file of <paramref name="width"/> by <paramref name="height"/> pixels made of the chunks
    /// Skia writes (IHDR, sBIT, IDAT and IEND, in that order), each whole and with its checksum right: no text, no
    /// other chunk, nothing before, between or after.
    /// </summary>
    public static bool IsPng(ReadOnlySpan<byte> bytes, int width, int height)
    {
        if (!bytes.StartsWith(PngSignature))
        {
            return false;
        }

        var rest = bytes[PngSignature.Length..];
        var order = 0;
        for (var first = true; rest.Length >= 12; first = false)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(rest);
            if (length > rest.Length - 12)
            {
                return false;
            }

            var chunk = rest[4..(8 + (int)length)];
            if (BinaryPrimitives.ReadUInt32BigEndian(rest[(8 + (int)length)..]) != Crc32.HashToUInt32(chunk))
            {
                return false;
            }

            var kind = chunk[..4];
            var rank = kind.SequenceEqual("IHDR"u8) ? 0 : kind.SequenceEqual("sBIT"u8) ? 1 : kind.SequenceEqual("IDAT"u8) ? 2 : kind.SequenceEqual("IEND"u8) ? 3 : -1;
            if (rank < order || (rank == 0) != first || (rank == 0 && (length != 13
                || BinaryPrimitives.ReadUInt32BigEndian(chunk[4..]) != width || BinaryPrimitives.ReadUInt32BigEndian(chunk[8..]) != height)))
            {
                return false;
            }

            order = rank;
            rest = rest[(12 + (int)length)..];
            if (rank == 3)
            {
                return rest.IsEmpty && length == 0;
            }
        }

        return false;
    }

    /// <summary>True for a share card as the build draws it: a PNG of 1200×630.</summary>
    public static bool IsCardPng(ReadOnlySpan<byte> bytes) => IsPng(bytes, ShareCard.Width, ShareCard.Height);

    /// <summary>True for an ICO file as <see cref="SiteIcon"/> writes it: one 32×32 PNG, right after its one directory entry.</summary>
    public static bool IsIconIco(ReadOnlySpan<byte> bytes) =>
        bytes.Length > 22
        && bytes[..6].SequenceEqual((ReadOnlySpan<byte>)[0, 0, 1, 0, 1, 0])
        && BinaryPrimitives.ReadUInt32LittleEndian(bytes[14..]) == bytes.Length - 22
        && BinaryPrimitives.ReadUInt32LittleEndian(bytes[18..]) == 22
        && IsPng(bytes[22..], SiteIcon.IcoSize, SiteIcon.IcoSize);

    /// <summary>
    /// True for the outline of a letter as SVG path data: commands, numbers and separators only, so that the SVG built
    /// around it can hold nothing else (no element, no attribute, no script).
    /// </summary>
    public static bool IsPathData(ReadOnlySpan<byte> bytes) =>
        bytes.Length is > 0 and <= MaxPathDataBytes && !bytes.ContainsAnyExcept(PathDataBytes) && bytes[0] == (byte)'M';

    private static bool IsLinkOrFile(string path) =>
        File.Exists(path) || new DirectoryInfo(path) is { LinkTarget: not null };

    /// <summary>
    /// Writes the file beside its place, then renames it, so that no reader ever sees half of it. The file beside has a
    /// name no one can guess and is made new (it fails if anything, a link included, is already there), so the write
    /// can never go through a link to somewhere else; the rename replaces whatever is in the place, links included,
    /// without following it.
    /// </summary>
    private static void Write(string folder, string path, byte[] bytes)
    {
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            Directory.CreateDirectory(folder);
            using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                file.Write(bytes);
            }

            File.Move(partial, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DeleteQuietly(partial);
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time: a file left here is never read, for its name is no key.
        }
    }
}
