using Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Site.Tests.Publishing;

/// <summary>The Pages workflow builds with the README's command and takes its address from the Pages configuration.</summary>
public sealed class WorkflowTests
{
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
}
