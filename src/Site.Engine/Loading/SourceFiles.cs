using System.Text;
using Site.Engine.Diagnostics;

namespace Site.Engine.Loading;

/// <summary>Reads project files as checked UTF-8 text, and their lines again when an error needs an excerpt.</summary>
/// <param name="root">The project root; every path handled here is relative to it.</param>
public sealed class SourceFiles(string root)
{
    /// <summary>The largest content file read, in bytes; anything bigger is refused before parsing.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The project root.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Reads a file as UTF-8 text without a BOM, or reports why it cannot be read and returns null.</summary>
    public string? ReadText(string relativePath, DiagnosticBag diagnostics)
    {
        var span = SourceSpan.File(relativePath);
        var info = new FileInfo(Path.Combine(Root, relativePath));
        if (info.Length > MaxFileBytes)
        {
            diagnostics.Add(Errors.FileTooLarge(span, info.Length, MaxFileBytes));
            return null;
        }

        return Decode(relativePath, File.ReadAllBytes(info.FullName), diagnostics);
    }

    /// <summary>The text of a file's bytes, strict UTF-8 without a BOM, or null after reporting that it is not UTF-8.</summary>
    internal static string? Decode(string relativePath, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(Errors.NotUtf8(SourceSpan.File(relativePath)));
            return null;
        }
    }

    /// <summary>
    /// The lines of a file, or null when it cannot be read as text; used only to print excerpts under diagnostics,
    /// so a large site keeps no copy of its files' lines in memory.
    /// </summary>
    public IReadOnlyList<string>? Lines(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        try
        {
            return new FileInfo(path) is { Exists: true, Length: <= MaxFileBytes }
                ? StrictUtf8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToArray()
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The path relative to the root, with forward slashes.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
}
