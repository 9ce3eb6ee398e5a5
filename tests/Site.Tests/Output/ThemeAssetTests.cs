using System.Diagnostics;
using Site.Cli;
using Site.Engine;
using Site.Tests.Support;
using Site.Theme;

namespace Site.Tests.Output;

/// <summary>The theme's assets are read by the rules the content is read by: plain files of the theme only, never without end.</summary>
public sealed class ThemeAssetTests
{
    [Theory]
    [InlineData("name-with-line-break", "its name holds a control character")]
    [InlineData("link-to-passwd", "it is a link to something outside the theme's assets")]
    [InlineData("link-to-dev-zero", "it is a link to something outside the theme's assets")]
    [InlineData("link-to-folder-outside", "it is a link to something outside the theme's assets")]
    [InlineData("link-to-nowhere", "it is a link that leads nowhere")]
    public async Task An_asset_that_is_not_a_plain_file_of_the_theme_is_an_error_at_the_file(string kind, string reason)
    {
        // Given a theme whose assets hold one file that breaks the rules
        using var site = TestSite.Create().With("theme/assets/site.css", "body{}").With("secret/token.txt", "s3cret");
        var assets = Path.Combine(site.Root, "theme", "assets");
        var name = kind switch
        {
            "name-with-line-break" => "x\nCNAME",
            _ => "odd.css",
        };
        var path = Path.Combine(assets, name);
        switch (kind)
        {
            case "name-with-line-break": await File.WriteAllTextAsync(path, "x"); break;
            case "link-to-passwd": File.CreateSymbolicLink(path, "/etc/passwd"); break;
            case "link-to-dev-zero": File.CreateSymbolicLink(path, "/dev/zero"); break;
            case "link-to-folder-outside": Directory.CreateSymbolicLink(path, Path.Combine(site.Root, "secret")); break;
            default: File.CreateSymbolicLink(path, "nowhere.css"); break;
        }

        // When the site is built
        var errors = new StringWriter();
        var exitCode = await CommandLine.RunAsync(["build", "--root", site.Root], new StringWriter(), errors);

        // Then the build fails at that file, says why, and writes nothing
        Assert.Equal(1, exitCode);
        Assert.Contains($"error SG0014: theme/assets/{(kind == "name-with-line-break" ? "x\\u000ACNAME" : name)} cannot be read: {reason}", errors.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_pipe_among_the_assets_never_makes_the_build_wait()
    {
        // Given a theme whose assets hold a named pipe that nothing writes to
        using var site = TestSite.Create().WithThemeAssets();

        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(site.Root, "theme", "assets", "pipe.css")]))
        {
            await mkfifo.WaitForExitAsync();
        }

        // When the site is built, it ends, and the pipe was never opened
        var build = CommandLine.RunAsync(["build", "--root", site.Root], new StringWriter(), new StringWriter());
        Assert.Equal(0, await build.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(0, new FileInfo(Path.Combine(site.Output, "assets", "pipe.css")).Length);
    }

    [Fact]
    public async Task A_missing_asset_the_theme_links_to_is_one_error_at_the_theme_not_one_per_page()
    {
        // Given a theme whose assets lack the stylesheet every page links to
        using var site = TestSite.Create().WithThemeAssets().Without("theme/assets/site.css");

        // When the site is built
        var result = await new BuildPipeline(new ThemeRenderer(Path.Combine(site.Root, "theme"))).RunAsync(new BuildOptions(site.Root));

        // Then there is one error, at the missing file of the theme
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("SG0014", "theme/assets/site.css"), (error.Code, error.Span.Path));
    }

    [Theory]
    [InlineData(null, "Could not find file")]
    [InlineData("<html>not a font</html>", "it is not a TrueType or OpenType font file")]
    public async Task A_missing_or_broken_font_for_the_share_cards_is_one_error_at_the_font(string? text, string reason)
    {
        // Given a theme whose font for share cards and the icon is missing, or is not a font
        using var site = TestSite.Create().WithThemeAssets().Without("theme/fonts/DejaVuSerif-Bold.ttf");
        if (text is not null)
        {
            site.With("theme/fonts/DejaVuSerif-Bold.ttf", text);
        }

        // When the site is built
        var result = await new BuildPipeline(new ThemeRenderer(Path.Combine(site.Root, "theme"))).RunAsync(new BuildOptions(site.Root));

        // Then there is one error, at the font, saying why, and not one per page for the icon's links; nothing is written
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("SG0014", "theme/fonts/DejaVuSerif-Bold.ttf"), (error.Code, error.Span.Path));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }
}
