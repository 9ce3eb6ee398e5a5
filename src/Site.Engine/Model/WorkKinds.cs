namespace Site.Engine.Model;

/// <summary>The kinds of work a record can have, with the labels pages show.</summary>
public static class WorkKinds
{
    /// <summary>Every kind, with its label for people.</summary>
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        ["film"] = "Film",
        ["tv-movie"] = "TV movie",
        ["series"] = "TV series",
        ["talk-show"] = "Talk show",
        ["play"] = "Play",
        ["band"] = "Band",
        ["unspecified"] = "Kind not stated",
    };

    /// <summary>Every kind's key, as written in YAML.</summary>
    public static IReadOnlyCollection<string> All => (IReadOnlyCollection<string>)Labels.Keys;
}
