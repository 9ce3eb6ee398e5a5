using Site.Engine.Checking;
using Site.Engine.Diagnostics;
using Site.Engine.Linking;
using Site.Engine.Loading;
using Site.Engine.Model;
using Site.Engine.Output;
using Site.Engine.Rendering;
using Site.Engine.Rendering.Cards;
using Site.Engine.Rendering.Feeds;
using Site.Engine.Rendering.Pages;
using Site.Engine.Validation;

namespace Site.Engine;

/// <summary>The whole build, top to bottom: read → validate → link → render → check → write.</summary>
/// <param name="renderer">The theme that turns view models into HTML.</param>
public sealed class BuildPipeline(ISiteRenderer renderer)
{
    /// <summary>
    /// Runs the build; user mistakes come back as diagnostics, and output is written only when there are none. An output
    /// folder that cannot or must not be written throws an <see cref="OutputException"/>, and is left as it was.
    /// </summary>
    public async Task<BuildResult> RunAsync(BuildOptions options)
    {
        // Write: the output folder is checked and taken first, so that a build that may not write there stops at once,
        // and no other build writes there until this one is done.
        if (!options.CheckOnly)
        {
            OutputFolder.EnsureSafe(options.Root, options.Theme, options.Output);
        }

        using var output = options.CheckOnly ? null : StagedOutput.Open(options.Output, options.AllowExistingOutput, options.OnWait);
        var files = new SourceFiles(options.Root);
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock();
        BuildResult Finish(int pages = 0, WriteResult? written = null) =>
            new(diagnostics.Sorted(), new DiagnosticFormatter(files.Lines), clock.Timings, pages, written ?? new WriteResult(0, 0, 0));

        // Read and validate: the content, checked against the seed articles it quotes. The theme and the page check get
        // ready meanwhile.
        var warmUp = WarmUpAsync();
        var content = ReadAndValidate(files, diagnostics, clock);

        // Link: resolve every reference and build the indexes the pages are made from.
        var graph = Linker.Link(content, diagnostics);
        clock.Lap("link");
        if (graph is null || diagnostics.HasErrors)
        {
            return Finish();
        }

        var urls = SiteAddress.Resolve(graph.Settings, options);
        if (output is null)
        {
            return Finish();
        }

        // Render, check and write, page by page; the output folder itself is changed only at the end, once every check
        // has passed, and a failed build discards what it staged.
        await warmUp;
        var site = new SitePages(graph, urls);
        var pages = site.Plan();
        var checker = new SiteChecker(urls, diagnostics, pages, graph.MarkdownLinks);
        await new PageFlow(checker, output, diagnostics).RunAsync(
            rendered => renderer.RenderAsync(pages, rendered),
            () => Assets(files, diagnostics).Concat(PublishingFiles.Render(graph, urls, pages, site.Search)).Concat(Cards(site.Cards, options.Root, files, diagnostics)),
            clock);

        // Check the links between pages, now that every page is read.
        checker.CheckLinks();
        clock.Lap("check");
        if (diagnostics.HasErrors || (options.WarningsAsErrors && diagnostics.Sorted().Count > 0))
        {
            return Finish();
        }

        // Write: put the staged site in place of the output folder.
        var written = output.Commit();
        clock.Lap("write");
        return Finish(pages.Count, written);
    }

    /// <summary>Gets the theme and the page check ready on the side, so that the first pages do not wait for them.</summary>
    private Task WarmUpAsync() => Task.Run(async () =>
    {
        await renderer.WarmUpAsync();
        PageScanner.WarmUp();
    });

    /// <summary>The theme's assets, or none after reporting the one that cannot be read.</summary>
    private IReadOnlyList<RenderedFile> Assets(SourceFiles files, DiagnosticBag diagnostics)
    {
        try
        {
            return renderer.Assets();
        }
        catch (UnreadableThemeFileException e)
        {
            ReportUnreadable(e, files, diagnostics);
            return [];
        }
    }

    /// <summary>
    /// The share cards, from the cache in the project or drawn, and the site's icon. When the theme's font cannot be read,
    /// that is reported, and the icon's files stand empty, never written (the build has failed), so that every page's
    /// link to them is not one more error.
    /// </summary>
    private IEnumerable<RenderedFile> Cards(ShareCards cards, string root, SourceFiles files, DiagnosticBag diagnostics)
    {
        try
        {
            return cards.Render(renderer.CardFont(), renderer.CardSvg, CardCache.For(root));
        }
        catch (UnreadableThemeFileException e)
        {
            ReportUnreadable(e, files, diagnostics);
            return [new RenderedFile(SiteIcon.SvgPath, ReadOnlyMemory<byte>.Empty), new RenderedFile(SiteIcon.IcoPath, ReadOnlyMemory<byte>.Empty)];
        }
    }

    private static void ReportUnreadable(UnreadableThemeFileException e, SourceFiles files, DiagnosticBag diagnostics)
    {
        var relative = files.Relative(e.Path);
        var shown = relative.StartsWith("../", StringComparison.Ordinal) ? e.Path : relative;
        diagnostics.Add(Errors.Unreadable(SourceSpan.File(shown), e.Reason, "replace it with the file it stands for, or delete it."));
    }

    /// <summary>
    /// Read: every YAML and Markdown file in input/, and the seed articles. Validate: ids, quotes against their seeds,
    /// source metadata, settings. The seeds are needed for nothing after that, so the content goes on without them
    /// (a large site's seeds are tens of megabytes).
    /// </summary>
    private static Content ReadAndValidate(SourceFiles files, DiagnosticBag diagnostics, StageClock clock)
    {
        var content = ContentReader.Read(files, diagnostics);
        clock.Lap("read");
        ContentValidator.Validate(content, diagnostics);
        clock.Lap("validate");
        return content with { Seeds = new Dictionary<string, Seed>() };
    }
}
