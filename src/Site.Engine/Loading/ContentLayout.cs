namespace Site.Engine.Loading;

/// <summary>Where each kind of content lives under the project root.</summary>
public static class ContentLayout
{
    /// <summary>The folder fans edit.</summary>
    public const string Input = "input";

    /// <summary>The folder of source articles.</summary>
    public const string Seeds = "seeds";

    /// <summary>The site settings file.</summary>
    public const string SiteFile = "input/site.yaml";

    /// <summary>The folder of Markdown pages.</summary>
    public const string PagesFolder = "input/pages";

    /// <summary>
    /// The data kinds. Each is read from <c>input/NAME.yaml</c> and from every <c>.yaml</c> file under
    /// <c>input/NAME/</c>, so a long list can be split into several files.
    /// </summary>
    public static readonly DataKind[] DataKinds = [DataKind.Sources, DataKind.People, DataKind.Works, DataKind.Facts, DataKind.Quotes, DataKind.Claims];

    /// <summary>The name of a data kind's file and folder, such as <c>people</c>.</summary>
    public static string Name(DataKind kind) => kind switch
    {
        DataKind.Sources => "sources",
        DataKind.People => "people",
        DataKind.Works => "works",
        DataKind.Facts => "facts",
        DataKind.Quotes => "quotes",
        _ => "claims",
    };

    /// <summary>The file of each data kind, such as <c>input/people.yaml</c>, in the order of <see cref="DataKinds"/>.</summary>
    public static IEnumerable<string> DataFiles()
    {
        // A loop rather than LINQ over the kinds: LINQ's operators over a value type are compiled at start-up.
        foreach (var kind in DataKinds)
        {
            yield return $"{Input}/{Name(kind)}.yaml";
        }
    }

    /// <summary>The data kind a file under <c>input/</c> holds, from its path, or null when it holds none.</summary>
    public static DataKind? KindOf(string relativePath)
    {
        foreach (var kind in DataKinds)
        {
            var name = Name(kind);
            if (relativePath == $"{Input}/{name}.yaml"
                || (relativePath.StartsWith($"{Input}/{name}/", StringComparison.Ordinal) && relativePath.EndsWith(".yaml", StringComparison.Ordinal)))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>True for a Markdown page: a <c>.md</c> file directly in <c>input/pages/</c>.</summary>
    public static bool IsPage(string relativePath) =>
        relativePath.StartsWith(PagesFolder + "/", StringComparison.Ordinal) && relativePath.EndsWith(".md", StringComparison.Ordinal)
        && relativePath.IndexOf('/', PagesFolder.Length + 1) < 0;
}
