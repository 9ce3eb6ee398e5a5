using Site.Engine.Checking;
using Site.Engine.Diagnostics;
using Site.Engine.Linking;
using Site.Engine.Loading;
using Site.Engine.Output;
using Site.Engine.Rendering;
using Site.Engine.Rendering.Feeds;
using Site.Engine.Validation;

namespace Site.Engine;

/// <summary>The whole build, top to bottom: read → validate → link → render → check → write.</summary>
/// <param name="renderer">The theme that turns view models into HTML.</param>
public sealed class BuildPipeline(ISiteRenderer renderer)
{
    /// <summary>Runs the build; user mistakes come back as diagnostics, and output is written only when there are none.</summary>
    public async Task<BuildResult> RunAsync(BuildOptions options)
    {
        var files = new SourceFiles(options.Root);
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock();
        BuildResult Finish(int pages = 0, WriteResult? written = null) =>
            new(diagnostics.Sorted(), new DiagnosticFormatter(files.Lines), clock.Timings, pages, written ?? new WriteResult(0, 0, 0));

        // Read: every YAML and Markdown file in input/, and the seed articles.
        var content = ContentReader.Read(files, diagnostics);
        clock.Lap("read");

        // Validate: ids, quotes against their seeds, source metadata, settings.
        ContentValidator.Validate(content, diagnostics);
        clock.Lap("validate");

        // Link: resolve every reference and build the indexes the pages are made from.
        var graph = Linker.Link(content, diagnostics);
        clock.Lap("link");
        if (graph is null || diagnostics.HasErrors || options.CheckOnly)
        {
            return Finish();
        }

        // Render: plan the pages, then let the theme turn each view model into HTML.
        var urls = SiteAddress.Resolve(graph.Settings, options);
        var planner = new PagePlanner(graph, urls);
        var plans = planner.Plan();
        var html = await renderer.RenderAsync(plans);
        var rendered = plans.Select((p, i) => new RenderedFile(p.OutputPath, html[i]))
            .Concat(renderer.Assets())
            .Concat(PublishingFiles.Render(graph, urls, plans, planner))
            .ToList();
        clock.Lap("render");

        // Check: parse every page and fail on broken links, missing anchors, duplicate ids or malformed HTML.
        SiteChecker.Check(rendered, urls, diagnostics, planner.MarkdownLinks);
        clock.Lap("check");
        if (diagnostics.HasErrors)
        {
            return Finish();
        }

        // Write: only now that every check has passed; unchanged files are left alone.
        var written = SiteWriter.Write(options.Output, rendered);
        clock.Lap("write");
        return Finish(plans.Count, written);
    }
}
