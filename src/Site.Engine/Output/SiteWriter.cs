using System.Text;
using Site.Engine.Rendering;

namespace Site.Engine.Output;

/// <summary>
/// The write stage: writes the whole site into a staging folder beside the output folder, then swaps it in,
/// so a build that fails or is interrupted leaves the previous output exactly as it was.
/// </summary>
public static class SiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Replaces <paramref name="outputDirectory"/> with <paramref name="files"/>; returns the bytes written.</summary>
    public static long Write(string outputDirectory, IReadOnlyList<RenderedFile> files)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("Bug: the output folder has no parent.");
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}-staging-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}-retired-{Environment.ProcessId}");
        DeleteIfExists(staging);
        DeleteIfExists(retired);
        try
        {
            var bytes = WriteAll(staging, files);
            if (Directory.Exists(output))
            {
                Directory.Move(output, retired);
            }

            Directory.Move(staging, output);
            DeleteIfExists(retired);
            return bytes;
        }
        catch
        {
            // Put the previous output back if the swap got halfway, and never leave a staging folder behind.
            if (!Directory.Exists(output) && Directory.Exists(retired))
            {
                Directory.Move(retired, output);
            }

            DeleteIfExists(staging);
            throw;
        }
    }

    private static long WriteAll(string staging, IReadOnlyList<RenderedFile> files)
    {
        var root = staging + Path.DirectorySeparatorChar;
        foreach (var folder in files.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.OutputPath))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        long total = 0;
        Parallel.ForEach(files, file =>
        {
            var path = Path.GetFullPath(Path.Combine(staging, file.OutputPath));
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Bug: refusing to write '{file.OutputPath}' outside the output folder.");
            }

            var bytes = Utf8.GetBytes(file.Text);
            File.WriteAllBytes(path, bytes);
            Interlocked.Add(ref total, bytes.Length);
        });
        return total;
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
