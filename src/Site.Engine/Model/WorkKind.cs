namespace Site.Engine.Model;

/// <summary>What kind of work a record is; written in YAML as the keys of <see cref="WorkKinds.All"/>.</summary>
public enum WorkKind
{
    /// <summary>A film made for cinemas (<c>film</c>).</summary>
    Film,

    /// <summary>A film made for television (<c>tv-movie</c>).</summary>
    TvMovie,

    /// <summary>A television series (<c>series</c>).</summary>
    Series,

    /// <summary>A talk show (<c>talk-show</c>).</summary>
    TalkShow,

    /// <summary>A stage play (<c>play</c>).</summary>
    Play,

    /// <summary>A band (<c>band</c>).</summary>
    Band,

    /// <summary>A work whose kind the sources do not state (<c>unspecified</c>).</summary>
    Unspecified,
}
