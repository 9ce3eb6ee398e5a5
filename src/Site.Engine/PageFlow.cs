using System.Buffers;
using System.Diagnostics;
using Site.Engine.Checking;
using Site.Engine.Diagnostics;
using Site.Engine.Output;
using Site.Engine.Rendering;

namespace Site.Engine;

/// <summary>
/// Runs the render, check and write stages together, file by file: each page is checked as soon as it is rendered,
/// on the thread that rendered it, and staged beside the output folder while the build has no error, so that no page
/// is held in memory longer than that. The assets and publishing files are made beside the pages, not before them.
/// </summary>
/// <param name="checker">The check stage.</param>
/// <param name="output">Where checked files are staged.</param>
/// <param name="diagnostics">The build's problems; once there is an error, nothing more is staged.</param>
internal sealed class PageFlow(SiteChecker checker, StagedOutput output, DiagnosticBag diagnostics)
{
    /// <summary>The size in bytes above which a thread's page buffer is not kept for the next page.</summary>
    private const int LargePage = 1024 * 1024;

    /// <summary>Each thread's buffer for the UTF-8 bytes of the page it stages, reused from page to page.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_pageBytes;

    private readonly ThreadTime _checkTime = new();
    private readonly ThreadTime _writeTime = new();

    /// <summary>
    /// Runs <paramref name="renderPages"/>, which hands each page it renders to the action it is given, and writes
    /// <paramref name="otherFiles"/> beside it; then ends the phase on <paramref name="clock"/>, its time shared out
    /// between render, check and write.
    /// </summary>
    public async Task RunAsync(Func<Action<RenderedPage>, Task> renderPages, Func<IEnumerable<RenderedFile>> otherFiles, StageClock clock)
    {
        // On a thread of their own, not one of the thread pool's, which the page workers keep busy: in a pool thread they
        // would hold up a page worker until they were done.
        var others = Task.Factory.StartNew(() =>
        {
            foreach (var file in otherFiles())
            {
                Finish(file.OutputPath, () => checker.Add(file), () => file.Content);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        // A page is encoded only once it has been checked, so that a large one is never held as text and bytes while
        // it is read; into a buffer of the thread's own, which the bytes outlive only until they are staged.
        var pages = renderPages(page =>
        {
            var bytes = t_pageBytes ??= new ArrayBufferWriter<byte>();
            bytes.ResetWrittenCount();
            Finish(page.OutputPath, () => checker.Add(page), () =>
            {
                page.Encode(bytes);
                return bytes.WrittenMemory;
            });
            t_pageBytes = bytes.Capacity > LargePage ? null : bytes;
        });

        // Both finish before the staging folder can be discarded, even when one of them fails.
        await Task.WhenAll(pages, others);
        clock.LapShared("render", Environment.ProcessorCount, ("check", _checkTime), ("write", _writeTime));
    }

    private void Finish(string outputPath, Action check, Func<ReadOnlyMemory<byte>> content)
    {
        var start = Stopwatch.GetTimestamp();
        check();
        _checkTime.AddSince(start);
        start = Stopwatch.GetTimestamp();
        if (!diagnostics.HasErrors)
        {
            output.Stage(outputPath, content().Span);
        }

        _writeTime.AddSince(start);
    }
}
