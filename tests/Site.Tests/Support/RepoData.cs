using YamlDotNet.RepresentationModel;

namespace Site.Tests.Support;

/// <summary>Reads ids straight from the repository's YAML, independently of the engine, to check the engine against.</summary>
internal static class RepoData
{
    /// <summary>The ids of the records in <c>input/NAME</c>.</summary>
    public static IReadOnlyList<string> Ids(string file) =>
        Records(Path.Combine(RepoPaths.Root, "input", file)).Select(r => Scalar(r, "id")).ToList();

    /// <summary>Every fact's id and the ids it is about.</summary>
    public static IReadOnlyList<(string Id, IReadOnlyList<string> About)> Facts() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "input", "facts"), "*.yaml")
            .SelectMany(Records)
            .Select(r => (Scalar(r, "id"), (IReadOnlyList<string>)((YamlSequenceNode)r.Children[new YamlScalarNode("about")]).Children.Select(n => ((YamlScalarNode)n).Value!).ToList()))
            .ToList();

    /// <summary>Each work's id, with its year as written, or null where it has none.</summary>
    public static IReadOnlyDictionary<string, string?> WorkYears() =>
        Records(Path.Combine(RepoPaths.Root, "input", "works.yaml")).ToDictionary(r => Scalar(r, "id"),
            r => r.Children.TryGetValue(new YamlScalarNode("year"), out var year) ? ((YamlScalarNode)year).Value : null, StringComparer.Ordinal);

    private static IEnumerable<YamlMappingNode> Records(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>();
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;
}
