namespace Site.Engine.Rendering;

/// <summary>A file of the theme could not be read (a link that leads nowhere, a file the account may not read); the build reports it at the file.</summary>
/// <param name="path">The file's full path.</param>
/// <param name="reason">Why it could not be read, in words.</param>
public sealed class UnreadableThemeFileException(string path, string reason) : IOException($"{path}: {reason}")
{
    /// <summary>The file's full path.</summary>
    public string Path { get; } = path;

    /// <summary>Why it could not be read.</summary>
    public string Reason { get; } = reason;
}
