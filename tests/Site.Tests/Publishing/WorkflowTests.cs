using Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Site.Tests.Publishing;

/// <summary>
/// The Pages workflow checks the content, then builds with the README's command and takes its address from the Pages
/// configuration; the pull-request workflow checks, tests, and keeps a build for reviewers.
/// </summary>
public sealed class WorkflowTests
{
    private const string CheckCommand = "dotnet run --project src/Site.Cli -c Release -- check";

    [Fact]
    public void Pull_requests_are_checked_tested_and_built_for_Pages_with_the_site_kept_as_an_artifact()
    {
        var root = Workflow("check.yml");

        var triggers = (YamlMappingNode)root["on"];
        Assert.Equal(["pull_request"], triggers.Children.Keys.Select(k => k.ToString()));
        Assert.Equal("read", ((YamlMappingNode)root["permissions"])["contents"].ToString());
        Assert.Single(((YamlMappingNode)root["permissions"]).Children);

        var steps = Steps(root, "check");
        var check = steps.FindIndex(s => Run(s) == CheckCommand);
        var tests = steps.FindIndex(s => Run(s) == "dotnet test Site.sln");
        var build = steps.FindIndex(s => Run(s).StartsWith("dotnet run --project src/Site.Cli -c Release -- build", StringComparison.Ordinal));
        var upload = steps.FindIndex(s => Uses(s).StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
        var fresh = steps.FindIndex(s => Run(s) == "rm -rf .cache");
        Assert.True(check >= 0 && check < tests && tests < build && build < upload, $"steps in order: check {check}, tests {tests}, build {build}, upload {upload}");
        Assert.True(fresh >= 0 && fresh < build, $"cache deleted at {fresh}, build at {build}");
        Assert.Contains("--base-path \"/${{ github.event.repository.name }}/\"", Run(steps[build]), StringComparison.Ordinal);
        Assert.Equal("output", ((YamlMappingNode)steps[upload]["with"])["path"].ToString());
    }

    [Fact]
    public void Pages_checks_the_content_before_it_builds_and_deploys()
    {
        var root = Workflow("pages.yml");

        var steps = Steps(root, "build");
        var check = steps.FindIndex(s => Run(s) == CheckCommand);
        var build = steps.FindIndex(s => Run(s).StartsWith("dotnet run --project src/Site.Cli -c Release -- build", StringComparison.Ordinal));
        Assert.True(check >= 0 && check < build, $"check at {check}, build at {build}");
        Assert.Equal("build", ((YamlMappingNode)root["jobs"])["deploy"]["needs"].ToString());

        // and no share card comes from a cache forced into git: the cache is deleted before the build
        var fresh = steps.FindIndex(s => Run(s) == "rm -rf .cache");
        Assert.True(fresh >= 0 && fresh < build, $"cache deleted at {fresh}, build at {build}");
    }

    [Fact]
    public void Pages_workflow_deploys_with_the_official_actions_and_the_configured_base_path()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "pages.yml"));
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;

        var permissions = (YamlMappingNode)root["permissions"];
        Assert.Equal("write", permissions["pages"].ToString());
        Assert.Equal("write", permissions["id-token"].ToString());
        var triggers = (YamlMappingNode)root["on"];
        Assert.Contains(new YamlScalarNode("workflow_dispatch"), triggers.Children.Keys);
        Assert.Equal("main", ((YamlSequenceNode)((YamlMappingNode)triggers["push"])["branches"])[0].ToString());
        Assert.Equal("pages", ((YamlMappingNode)root["concurrency"])["group"].ToString());

        foreach (var action in new[] { "actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@" })
        {
            Assert.Contains(action, text, StringComparison.Ordinal);
        }

        Assert.Contains("dotnet run --project src/Site.Cli -c Release -- build", text, StringComparison.Ordinal);
        Assert.Contains("--base-path \"${{ steps.pages.outputs.base_path }}/\"", text, StringComparison.Ordinal);
        Assert.Contains("--base-url \"${{ steps.pages.outputs.base_url }}/\"", text, StringComparison.Ordinal);
    }

    private static YamlMappingNode Workflow(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", name))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static List<YamlMappingNode> Steps(YamlMappingNode workflow, string job) =>
        ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)workflow["jobs"])[job])["steps"]).Cast<YamlMappingNode>().ToList();

    /// <summary>A step's command, its folded lines joined as the shell gets them; empty for a step that uses an action.</summary>
    private static string Run(YamlMappingNode step) =>
        step.Children.TryGetValue(new YamlScalarNode("run"), out var run) ? run.ToString().Trim() : string.Empty;

    private static string Uses(YamlMappingNode step) =>
        step.Children.TryGetValue(new YamlScalarNode("uses"), out var uses) ? uses.ToString() : string.Empty;
}
