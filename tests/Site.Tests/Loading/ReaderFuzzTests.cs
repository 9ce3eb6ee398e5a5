using System.Text;
using Site.Engine.Diagnostics;
using Site.Engine.Loading;
using Site.Tests.Support;

namespace Site.Tests.Loading;

/// <summary>
/// Every broken version of a real content file gives diagnostics and never an exception: each file of the repository's
/// input/ cut off after every line, and with bytes overwritten at random places (with a fixed seed, so that a failure
/// can be replayed). It reads at the level of one file, as the build does, so that thousands of versions take seconds.
/// </summary>
public sealed class ReaderFuzzTests
{
    private const int FlipsPerFile = 60;

    /// <summary>Bytes a typo or a broken editor may leave behind: brackets, quotes, YAML indicators and control bytes.</summary>
    private static readonly byte[] Interesting = "[]{}\"':-#&*!|>%@`,?\t\n\r \\"u8.ToArray().Concat(new byte[] { 0, 1, 0x1B, 0x7F, 0x80, 0xC2, 0xFF }).ToArray();

    public static TheoryData<string> Files() =>
        new(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "input"), "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "input", "pages"), "*.md"))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void A_content_file_cut_off_after_any_line_gives_clean_diagnostics(string path)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, path));
        var ends = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == '\n').Prepend(-1);

        foreach (var end in ends)
        {
            AssertReadsCleanly(path, bytes[..(end + 1)], $"cut after byte {end + 1}");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_content_file_with_bytes_overwritten_gives_clean_diagnostics(string path)
    {
        var original = File.ReadAllBytes(Path.Combine(RepoPaths.Root, path));
        var random = new Random(16 + path.Length);

        for (var i = 0; i < FlipsPerFile; i++)
        {
            var bytes = (byte[])original.Clone();
            var changes = new List<string>();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var at = random.Next(bytes.Length);
                bytes[at] = random.Next(3) == 0 ? (byte)random.Next(256) : Interesting[random.Next(Interesting.Length)];
                changes.Add($"byte {at} = 0x{bytes[at]:X2}");
            }

            AssertReadsCleanly(path, bytes, string.Join(", ", changes));
        }
    }

    private static void AssertReadsCleanly(string path, byte[] bytes, string change)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            if (SourceFiles.Decode(path, bytes, diagnostics) is { } text)
            {
                ContentReader.Load(path, text, new IdPool(), diagnostics);
            }
        }
        catch (Exception e)
        {
            Assert.Fail($"{path} ({change}) threw {e}");
        }

        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        var formatter = new DiagnosticFormatter(_ => lines);
        foreach (var diagnostic in diagnostics.Sorted())
        {
            var printed = formatter.Format(diagnostic);
            Assert.True(diagnostic.Code.StartsWith("SG", StringComparison.Ordinal) && diagnostic.Code.Length == 6, $"{path} ({change}): {printed}");
            Assert.True(diagnostic.Span.Line >= 1 && diagnostic.Span.Column >= 1, $"{path} ({change}): {printed}");
            Assert.DoesNotContain("bug", printed, StringComparison.OrdinalIgnoreCase);
        }
    }
}
