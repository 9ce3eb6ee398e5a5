using Site.Tests.Support;

namespace Site.Tests.Output;

/// <summary>A disk that fills up during a build is a clean error, and the output folder stays as it was.</summary>
public sealed class FullDiskTests
{
    [Fact]
    public async Task A_full_disk_fails_the_build_with_1_and_a_clear_message_and_keeps_the_old_site()
    {
        // Given a small disk of its own (a tmpfs, mounted in a mount namespace of the test's own), a site built onto it,
        // then the disk filled up and the content changed
        using var site = TestSite.Create().With("new-quotes.yaml", """
            - id: happy
              speakers: [ann]
              text: We are very happy,
              source: one
              context: On their marriage, in words that no longer fit on the disk.
            """);
        var disk = Path.Combine(site.Root, "disk");
        Directory.CreateDirectory(disk);
        var build = $"dotnet '{SiteProcess.Tool}' build --root '{site.Root}' --theme '{RepoPaths.Theme}' --output '{disk}/out'";
        var files = $"(cd '{disk}/out' && find . -type f | sort | xargs sha256sum)";
        var script = $"""
            set -e
            mount -t tmpfs -o size=1m tmpfs '{disk}'
            {build} > /dev/null
            {files} > '{site.Root}/before.txt'
            head -c 2M /dev/zero > '{disk}/filler' 2>/dev/null || true
            cp '{site.Root}/new-quotes.yaml' '{site.Root}/input/quotes.yaml'
            set +e
            {build} 2> '{site.Root}/errors.txt'
            echo "exit $?"
            {files} > '{site.Root}/after.txt'
            ls -a '{disk}'
            """;

        // When it is built again
        var (exitCode, output, errors) = await SiteProcess.RunAsync("unshare", ["--mount", "--map-root-user", "sh", "-c", script]);

        // Then the build fails with 1 and says what happened in words, with no stack trace, and the disk holds the old
        // site exactly, with nothing left of the failed build
        Assert.True(exitCode == 0, errors);
        Assert.StartsWith("exit 1\n", output, StringComparison.Ordinal);
        var message = await File.ReadAllTextAsync(Path.Combine(site.Root, "errors.txt"));
        Assert.StartsWith($"error: could not write the site into {disk}/out: No space left on device", message, StringComparison.Ordinal);
        Assert.Contains($"Nothing was changed: {disk}/out is as it was.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(site.Root, "before.txt")), await File.ReadAllTextAsync(Path.Combine(site.Root, "after.txt")));
        Assert.Equal(".\n..\n.out.lock\nfiller\nout\n", output["exit 1\n".Length..]);
    }

    [Fact]
    public async Task A_file_system_mounted_inside_the_output_folder_is_refused_and_keeps_its_files()
    {
        // Given a built site with a small file system of its own mounted inside its output folder
        using var site = TestSite.Create();
        Assert.True((await site.BuildAsync()).Succeeded);
        var media = Path.Combine(site.Output, "media");
        Directory.CreateDirectory(media);
        var build = $"dotnet '{SiteProcess.Tool}' build --root '{site.Root}' --theme '{RepoPaths.Theme}'";
        var script = $"""
            mount -t tmpfs -o size=1m tmpfs '{media}' && echo precious > '{media}/photo.jpg' || exit 3
            {build} 2> '{site.Root}/errors.txt'
            echo "exit $?"
            cat '{media}/photo.jpg'
            """;

        // When the site is built again
        var (exitCode, output, errors) = await SiteProcess.RunAsync("unshare", ["--mount", "--map-root-user", "sh", "-c", script]);

        // Then the build refuses with 2, says why, and the mounted file system still holds its file
        Assert.True(exitCode == 0, errors);
        Assert.Equal("exit 2\nprecious\n", output);
        Assert.Contains($"a file system is mounted at {media}, inside {site.Output}", await File.ReadAllTextAsync(Path.Combine(site.Root, "errors.txt")), StringComparison.Ordinal);
    }
}
