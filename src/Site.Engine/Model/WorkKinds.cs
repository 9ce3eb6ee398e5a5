namespace Site.Engine.Model;

/// <summary>The kinds of work as written in YAML, and what pages say of each.</summary>
public static class WorkKinds
{
    private static readonly WorkKind[] Kinds =
        [WorkKind.Film, WorkKind.TvMovie, WorkKind.Series, WorkKind.TalkShow, WorkKind.Play, WorkKind.Band, WorkKind.Unspecified];

    /// <summary>Every kind's key, as written in YAML.</summary>
    public static IReadOnlyCollection<string> All { get; } = Keys();

    /// <summary>The kind's key, as written in YAML.</summary>
    public static string Key(this WorkKind kind) => kind switch
    {
        WorkKind.Film => "film",
        WorkKind.TvMovie => "tv-movie",
        WorkKind.Series => "series",
        WorkKind.TalkShow => "talk-show",
        WorkKind.Play => "play",
        WorkKind.Band => "band",
        _ => "unspecified",
    };

    /// <summary>The kind a key of <see cref="All"/> names.</summary>
    public static WorkKind Parse(string key)
    {
        foreach (var kind in Kinds)
        {
            if (Key(kind) == key)
            {
                return kind;
            }
        }

        throw new ArgumentException($"Bug: '{key}' is not a kind of work.", nameof(key));
    }

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

    /// <summary>The keys of every kind; a loop rather than LINQ, whose operators over a value type are compiled at start-up.</summary>
    private static string[] Keys()
    {
        var keys = new string[Kinds.Length];
        for (var i = 0; i < Kinds.Length; i++)
        {
            keys[i] = Key(Kinds[i]);
        }

        return keys;
    }

    /// <summary>True for films and TV movies, which search engines know as movies.</summary>
    public static bool IsMovie(this WorkKind kind) => kind is WorkKind.Film or WorkKind.TvMovie;
}
