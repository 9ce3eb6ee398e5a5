using Site.Cli;
using Site.Engine.Output;
using Site.Tests.Support;

namespace Site.Tests.Output;

/// <summary>
/// A build deletes only what an earlier build wrote: it refuses folders it must not write to, keeps every file it did
/// not write, and tells a non-empty folder it did not make from one of its own by the manifest it leaves there.
/// </summary>
public sealed class OutputFolderTests
{
    [Theory]
    [InlineData("input", "is the content folder input/")]
    [InlineData("input/facts", "is inside the content folder input/")]
    [InlineData("seeds", "is the articles folder seeds/")]
    [InlineData("theme", "is the theme folder")]
    [InlineData("theme/assets", "is inside the theme folder")]
    [InlineData(".", "is the project folder")]
    [InlineData("..", "holds the project folder")]
    [InlineData("/", "holds the project folder")]
    [InlineData(".git", "is inside a Git folder")]
    [InlineData(".git/objects", "is inside a Git folder")]
    [InlineData("repo", "holds a Git repository")]
    [InlineData("link-to-input", "is the content folder input/")]
    [InlineData("link-to-project/output/../input", "is the content folder input/")]
    [InlineData("notes.txt", "is a file, not a folder")]
    [InlineData("notes.txt/site", "notes.txt is a file, so no folder can be made inside it")]
    public async Task An_output_folder_the_build_must_not_write_to_is_refused_with_2_and_nothing_changes(string output, string reason)
    {
        // Given a project with a Git folder, a repository beside the content, links to the project, and a file
        using var site = TestSite.Create()
            .With(".git/HEAD", "ref: refs/heads/main\n")
            .With(".git/objects/keep", "object")
            .With("repo/.git/HEAD", "ref: refs/heads/main\n")
            .With("notes.txt", "notes")
            .With("theme/assets/site.css", File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "site.css")));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "link-to-input"), Path.Combine(site.Root, "input"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "link-to-project"), site.Root);
        var before = ProjectSnapshot(site.Root);

        // When the site is built into that folder
        var errors = new StringWriter();
        var exitCode = await CommandLine.RunAsync(["build", "--root", site.Root, "--output", Path.Combine(site.Root, output)], new StringWriter(), errors);

        // Then the build refuses, says why and what to do, and no file anywhere in the project changed
        Assert.Equal(CommandLine.UsageError, exitCode);
        Assert.StartsWith("error: refusing to write the site there: ", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains(reason, errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("\nfix: ", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, ProjectSnapshot(site.Root));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
    }

    [Theory]
    [InlineData("/", "holds the project folder")]
    [InlineData("input", "is the content folder input/")]
    [InlineData("mine", "no build of this site made it")]
    public async Task The_preview_refuses_to_serve_a_folder_the_build_would_refuse(string output, string reason)
    {
        // Given a folder of the user's own beside the content
        using var site = TestSite.Create().With("mine/notes.txt", "my notes");

        // When the preview is asked to build into and serve a folder the build refuses
        var errors = new StringWriter();
        var exitCode = await CommandLine.RunAsync(["preview", "--root", site.Root, "--theme", RepoPaths.Theme, "--port", "0", "--output", Path.Combine(site.Root, output)], new StringWriter(), errors);

        // Then it stops at once with a usage error that says why, having served nothing
        Assert.Equal(CommandLine.UsageError, exitCode);
        Assert.StartsWith("error: refusing to write the site ", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains(reason, errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_empty_folder_no_build_made_is_refused_unless_asked_and_then_its_files_are_kept()
    {
        // Given a folder of the user's own, outside the project
        using var site = TestSite.Create().With("mine/notes.txt", "my notes").With("mine/index.html", "my page");
        var mine = Path.Combine(site.Root, "mine");

        // When the site is built into it, the build refuses and names the flag that allows it
        var errors = new StringWriter();
        var refused = await CommandLine.RunAsync(["build", "--root", site.Root, "--theme", RepoPaths.Theme, "--output", mine], new StringWriter(), errors);
        Assert.Equal(CommandLine.UsageError, refused);
        Assert.Contains("it already holds files, and no build of this site made it", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("--allow-existing-output", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(["index.html", "notes.txt"], Snapshot.Of(mine).Keys);

        // When the user passes the flag, the site is built there, the user's other file is kept, and the page of the
        // same name is the site's
        var built = await CommandLine.RunAsync(["build", "--root", site.Root, "--theme", RepoPaths.Theme, "--output", mine, "--allow-existing-output"], new StringWriter(), new StringWriter());
        Assert.Equal(0, built);
        Assert.Equal("my notes", await File.ReadAllTextAsync(Path.Combine(mine, "notes.txt")));
        Assert.Contains("<html", await File.ReadAllTextAsync(Path.Combine(mine, "index.html")), StringComparison.Ordinal);

        // And from then on the folder is the site's: the next build needs no flag, and still keeps the file
        Assert.Equal(0, await CommandLine.RunAsync(["build", "--root", site.Root, "--theme", RepoPaths.Theme, "--output", mine], new StringWriter(), new StringWriter()));
        Assert.Equal("my notes", await File.ReadAllTextAsync(Path.Combine(mine, "notes.txt")));
    }

    [Fact]
    public async Task A_rebuild_deletes_the_pages_the_site_no_longer_has_and_keeps_every_file_it_did_not_write()
    {
        // Given a site with a page of prose, built, and files the user added to its output: a file, a hidden folder, a
        // link and an empty folder
        using var site = TestSite.Create().With("input/pages/extra.md", "---\ntitle: Extra\ndescription: An extra page.\n---\nMore.\n");
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = await ManifestAsync(site.Output);
        site.With("output/CNAME", "fans.example.org").With("output/.well-known/security.txt", "Contact: x");
        File.CreateSymbolicLink(Path.Combine(site.Output, "latest"), "index.html");
        Directory.CreateDirectory(Path.Combine(site.Output, "drafts"));

        // When the page is removed and the site is built again
        site.Without("input/pages/extra.md");
        var result = await site.BuildAsync();

        // Then the page's files are gone, and the user's files are all still there as they were
        Assert.True(result.Succeeded);
        var after = await ManifestAsync(site.Output);
        var gone = before.Except(after).ToList();
        Assert.NotEmpty(gone);
        Assert.Equal(gone.Count, result.Written.FilesDeleted);
        Assert.All(gone, f => Assert.False(File.Exists(Path.Combine(site.Output, f)), f));
        Assert.All(after, f => Assert.True(File.Exists(Path.Combine(site.Output, f)), f));
        Assert.Equal("fans.example.org", await File.ReadAllTextAsync(Path.Combine(site.Output, "CNAME")));
        Assert.Equal("Contact: x", await File.ReadAllTextAsync(Path.Combine(site.Output, ".well-known", "security.txt")));
        Assert.Equal("index.html", new FileInfo(Path.Combine(site.Output, "latest")).LinkTarget);
        Assert.True(Directory.Exists(Path.Combine(site.Output, "drafts")));
        Assert.DoesNotContain("CNAME", after);
    }

    [Fact]
    public async Task A_page_the_site_no_longer_has_is_deleted_and_a_manifest_naming_files_elsewhere_deletes_nothing_there()
    {
        // Given a built site whose manifest also names a page that is gone, and files outside the output folder
        using var site = TestSite.Create();
        Assert.True((await site.BuildAsync()).Succeeded);
        site.With("output/old-page/index.html", "<p>gone</p>");
        var manifest = Path.Combine(site.Output, OutputFolder.ManifestName);
        await File.AppendAllLinesAsync(manifest, ["old-page/index.html", "../input/site.yaml", Path.Combine(site.Root, "seeds", "one.txt")]);
        var project = Snapshot.Of(Path.Combine(site.Root, "input")).Concat(Snapshot.Of(Path.Combine(site.Root, "seeds"))).ToList();

        // When it is built again
        var result = await site.BuildAsync();

        // Then the listed page is deleted, with its folder, and nothing outside the output folder is touched
        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Written.FilesDeleted);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "old-page")));
        Assert.Equal(project, Snapshot.Of(Path.Combine(site.Root, "input")).Concat(Snapshot.Of(Path.Combine(site.Root, "seeds"))).ToList());
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_output_folder_that_is_a_link_gets_the_site_where_it_points_and_keeps_its_permissions()
    {
        // Given an output folder that is a link to a folder elsewhere, built once, whose permissions the user then set
        using var site = TestSite.Create();
        var target = Path.Combine(site.Root, "www", "site");
        Directory.CreateDirectory(target);
        Directory.CreateSymbolicLink(site.Output, target);
        Assert.True((await site.BuildAsync()).Succeeded);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute;
        File.SetUnixFileMode(target, mode);

        // When the site changes and is built again
        site.With("input/quotes.yaml", """
            - id: happy
              speakers: [ann]
              text: We are very happy,
              source: one
              context: On their marriage, years later.
            """);
        Assert.True((await site.BuildAsync()).Succeeded);

        // Then the link is still a link, the new site is where it points, and the folder kept its permissions
        Assert.Equal(target, new DirectoryInfo(site.Output).LinkTarget);
        Assert.Contains("years later", await File.ReadAllTextAsync(Path.Combine(target, "quotes", "index.html")), StringComparison.Ordinal);
        Assert.Equal(mode, File.GetUnixFileMode(target));
    }

    [Fact]
    public async Task A_manifest_that_is_a_pipe_or_a_link_never_makes_the_build_wait_or_read_without_end()
    {
        // Given output folders whose manifest is a link to an endless device, and a named pipe nothing writes to
        using var site = TestSite.Create().With("linked/keep.txt", "mine").With("piped/keep.txt", "mine");
        File.CreateSymbolicLink(Path.Combine(site.Root, "linked", OutputFolder.ManifestName), "/dev/zero");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(site.Root, "piped", OutputFolder.ManifestName)]))
        {
            await mkfifo.WaitForExitAsync();
        }

        // When the site is built into each, the builds end: the link is refused, the pipe is taken for an empty list
        var errors = new StringWriter();
        var linked = CommandLine.RunAsync(["build", "--root", site.Root, "--theme", RepoPaths.Theme, "--output", Path.Combine(site.Root, "linked")], new StringWriter(), errors);
        Assert.Equal(CommandLine.UsageError, await linked.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains($"its {OutputFolder.ManifestName} is not the list a build writes", errors.ToString(), StringComparison.Ordinal);
        var piped = CommandLine.RunAsync(["build", "--root", site.Root, "--theme", RepoPaths.Theme, "--output", Path.Combine(site.Root, "piped")], new StringWriter(), new StringWriter());
        Assert.Equal(0, await piped.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal("mine", await File.ReadAllTextAsync(Path.Combine(site.Root, "piped", "keep.txt")));
    }

    [Fact]
    public async Task A_lock_that_cannot_be_made_is_a_failed_write_at_once_not_a_wait_for_another_build()
    {
        // Given an output folder whose lock file's name would be too long for the file system
        using var site = TestSite.Create();
        var output = Path.Combine(site.Root, new string('a', 250));
        var errors = new StringWriter();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        // When the site is built there
        var exitCode = await CommandLine.RunAsync(["build", "--root", site.Root, "--theme", RepoPaths.Theme, "--output", output], new StringWriter(), errors);

        // Then it fails at once, as a write that failed, without blaming another build
        Assert.Equal(1, exitCode);
        Assert.StartsWith($"error: could not write the site into {output}", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("another build", errors.ToString(), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Warnings_as_errors_write_nothing_and_name_the_real_output_folder()
    {
        // Given a site with a warning, built into a folder outside the project
        using var site = TestSite.Create().With("input/fact.yaml", "- id: stray\n");
        var elsewhere = Path.Combine(site.Root, "..", Path.GetFileName(site.Root) + "-public");
        try
        {
            var errors = new StringWriter();

            // When it is built with warnings as errors
            var exitCode = await CommandLine.RunAsync(["build", "--root", site.Root, "--theme", RepoPaths.Theme, "--output", elsewhere, "--warnings-as-errors"], new StringWriter(), errors);

            // Then it fails, writes nothing, and names the folder it left alone
            Assert.Equal(1, exitCode);
            Assert.False(Directory.Exists(elsewhere));
            Assert.EndsWith($"0 errors, 1 warning: nothing was written; {Path.GetFullPath(elsewhere)}/ is unchanged.\n", errors.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(elsewhere))!, $".{Path.GetFileName(elsewhere)}.lock"));
        }
    }

    [Theory]
    [InlineData("--root")]
    [InlineData("--output")]
    [InlineData("--theme")]
    public async Task An_empty_folder_name_is_a_usage_mistake(string option)
    {
        using var site = TestSite.Create();
        var errors = new StringWriter();
        string[] arguments = option == "--root" ? ["build", "--root", ""] : ["build", "--root", site.Root, option, ""];

        var exitCode = await CommandLine.RunAsync(arguments, new StringWriter(), errors);

        Assert.Equal(CommandLine.UsageError, exitCode);
        Assert.StartsWith($"error: option '{option}' needs a folder, and '' is not a path", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leftovers_of_a_killed_build_are_cleaned_up_and_a_switch_cut_in_half_is_undone()
    {
        // Given a built site, then the state a build killed between the two renames of a switch leaves: the old site
        // moved aside, a half-built new tree, no output folder, and both named in the lock's journal
        using var site = TestSite.Create();
        Assert.True((await site.BuildAsync()).Succeeded);
        var built = Snapshot.Of(site.Output);
        Directory.Move(site.Output, Path.Combine(site.Root, ".output.old"));
        site.With(".output.next/index.html", "<p>half</p>").With(".output.lock", $"{StagedOutput.JournalHeader}\nnext\nold\n");

        // When the next build starts, even one that fails on the content
        site.With("input/facts/all.yaml", "- id: met\n  statement: [broken\n");
        var result = await site.BuildAsync();

        // Then the old site is back whole, and nothing of the killed build is left
        Assert.False(result.Succeeded);
        Assert.Equal(built, Snapshot.Of(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public async Task A_tree_a_build_was_killed_while_deleting_is_deleted_by_the_next_build_whatever_is_left_in_it()
    {
        // Given a built site, and beside it what a build killed while deleting its old tree leaves: part of a site,
        // without its manifest, named in the lock's journal
        using var site = TestSite.Create();
        Assert.True((await site.BuildAsync()).Succeeded);
        var built = Snapshot.Of(site.Output);
        site.With(".output.next/people/ann/index.html", "<p>half deleted</p>").With(".output.lock", $"{StagedOutput.JournalHeader}\nnext\n");

        // When the next build runs
        Assert.True((await site.BuildAsync()).Succeeded);

        // Then the half-deleted tree is gone, the site is as it was, and the journal lists nothing
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
        Assert.Equal(built, Snapshot.Of(site.Output));
        Assert.Equal([StagedOutput.JournalHeader], await File.ReadAllLinesAsync(Path.Combine(site.Root, ".output.lock")));
    }

    [Fact]
    public async Task Folders_of_the_users_that_bear_the_names_a_build_uses_beside_the_output_folder_are_never_moved_or_deleted()
    {
        // Given a hand-made site with a backup beside it under the name a build gives the old site for a moment
        using var site = TestSite.Create()
            .With("home/www/index.html", "my hand-made site")
            .With("home/.www.old/index.html", "my backup of last year's site");
        var home = Path.Combine(site.Root, "home");
        var before = Snapshot.Of(home);
        var lockFile = Path.Combine(home, ".www.lock");

        // When the site is built into the hand-made site's folder, the build refuses, and the backup is untouched
        var errors = new StringWriter();
        Assert.Equal(CommandLine.UsageError, await BuildIntoAsync(site, Path.Combine(home, "www"), errors));
        Assert.Contains("no build of this site made it", errors.ToString(), StringComparison.Ordinal);
        File.Delete(lockFile);
        Assert.Equal(before, Snapshot.Of(home));

        // When the hand-made site is gone and only the backup is left, the build neither takes the backup for an old
        // site of its own nor deletes it: it refuses and names the folder in its way
        Directory.Delete(Path.Combine(home, "www"), recursive: true);
        var backup = Snapshot.Of(home);
        errors = new StringWriter();
        Assert.Equal(CommandLine.UsageError, await BuildIntoAsync(site, Path.Combine(home, "www"), errors));
        Assert.Contains($"{Path.Combine(home, ".www.old")} is in the way", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("\nfix: move or rename", errors.ToString(), StringComparison.Ordinal);
        File.Delete(lockFile);
        Assert.Equal(backup, Snapshot.Of(home));
        Assert.False(Directory.Exists(Path.Combine(home, "www")));

        // And beside a folder a build did make, a folder of the user's named like a tree being built is kept too
        Assert.True((await site.BuildAsync()).Succeeded);
        site.With(".output.next/notes.txt", "my notes");
        var output = Snapshot.Of(site.Output);
        errors = new StringWriter();
        Assert.Equal(CommandLine.UsageError, await BuildIntoAsync(site, site.Output, errors));
        Assert.Contains(".output.next is in the way", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal("my notes", await File.ReadAllTextAsync(Path.Combine(site.Root, ".output.next", "notes.txt")));
        Assert.Equal(output, Snapshot.Of(site.Output));

        // And so is a backup the user made by copying the site a build made, manifest and all, under the old site's name
        Directory.Delete(Path.Combine(site.Root, ".output.next"), recursive: true);
        CopyFolder(site.Output, Path.Combine(site.Root, ".output.old"));
        site.With(".output.old/CNAME", "fans.example.org");
        var copy = Snapshot.Of(Path.Combine(site.Root, ".output.old"));
        errors = new StringWriter();
        Assert.Equal(CommandLine.UsageError, await BuildIntoAsync(site, site.Output, errors));
        Assert.Contains(".output.old is in the way", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(copy, Snapshot.Of(Path.Combine(site.Root, ".output.old")));

        // even when the site itself is gone: the copy is not taken for an old site to put back
        Directory.Delete(site.Output, recursive: true);
        Assert.Equal(CommandLine.UsageError, await BuildIntoAsync(site, site.Output, new StringWriter()));
        Assert.Equal(copy, Snapshot.Of(Path.Combine(site.Root, ".output.old")));
        Assert.False(Directory.Exists(site.Output));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task A_lock_file_that_is_a_link_is_refused_and_nothing_is_made_where_it_leads()
    {
        // Given a link where a build keeps its lock beside the output folder, leading to a file that does not exist
        using var site = TestSite.Create();
        var target = Path.Combine(site.Root, "made-by-the-build");
        File.CreateSymbolicLink(Path.Combine(site.Root, ".output.lock"), target);

        // When the site is built
        var errors = new StringWriter();
        Assert.Equal(CommandLine.UsageError, await BuildIntoAsync(site, site.Output, errors));

        // Then the build refuses, names the link, and makes nothing where it leads
        Assert.Contains(".output.lock is a link", errors.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(target));
        Assert.False(Directory.Exists(site.Output));
    }

    private static Task<int> BuildIntoAsync(TestSite site, string output, StringWriter errors) =>
        CommandLine.RunAsync(["build", "--root", site.Root, "--theme", RepoPaths.Theme, "--output", output], new StringWriter(), errors);

    /// <summary>Every file of the project's own folders, and the list of what is at its top, without following links.</summary>
    private static List<string> ProjectSnapshot(string root) =>
        [.. ProjectFolders.SelectMany(f => Snapshot.Of(Path.Combine(root, f)).Select(e => $"{f}/{e.Key} {e.Value}")),
            .. Directory.EnumerateFileSystemEntries(root).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal)];

    private static readonly string[] ProjectFolders = ["input", "seeds", "theme", ".git", "repo"];

    private static async Task<List<string>> ManifestAsync(string output) =>
        (await File.ReadAllLinesAsync(Path.Combine(output, OutputFolder.ManifestName))).Where(l => !l.StartsWith('#')).ToList();
}
