namespace Site.Engine.Model;

/// <summary>The kinds of work as written in YAML, and what pages say of each.</summary>
public static class WorkKinds
{
    private static readonly Dictionary<string, WorkKind> ByKey = new(StringComparer.Ordinal)
    {
        ["film"] = WorkKind.Film,
        ["tv-movie"] = WorkKind.TvMovie,
        ["series"] = WorkKind.Series,
        ["talk-show"] = WorkKind.TalkShow,
        ["play"] = WorkKind.Play,
        ["band"] = WorkKind.Band,
        ["unspecified"] = WorkKind.Unspecified,
    };

    /// <summary>Every kind's key, as written in YAML.</summary>
    public static IReadOnlyCollection<string> All => ByKey.Keys;

    /// <summary>The kind a key of <see cref="All"/> names.</summary>
    public static WorkKind Parse(string key) => ByKey[key];

    /// <summary>The kind as pages name it.</summary>
    public static string Label(this WorkKind kind) => kind switch
    {
        WorkKind.Film => "Film",
        WorkKind.TvMovie => "TV movie",
        WorkKind.Series => "TV series",
        WorkKind.TalkShow => "Talk show",
        WorkKind.Play => "Play",
        WorkKind.Band => "Band",
        _ => "Kind not stated",
    };

    /// <summary>True for films and TV movies, which search engines know as movies.</summary>
    public static bool IsMovie(this WorkKind kind) => kind is WorkKind.Film or WorkKind.TvMovie;
}
