namespace Site.Engine.Output;

/// <summary>
/// The output folder cannot be used or written: a folder the build must not touch, one that is busy, or a write the
/// file system refused; or the command line asked for an address the site cannot be published at. The message says what happened and what to do, in words for the person who ran the build;
/// the output folder is always left as it was.
/// </summary>
/// <param name="message">What happened and how to fix it.</param>
/// <param name="isUsage">True when the command line asked for something the build refuses to do (exit code 2).</param>
public sealed class OutputException(string message, bool isUsage) : Exception(message)
{
    /// <summary>True when the command line asked for something the build refuses to do, rather than a failed write.</summary>
    public bool IsUsage { get; } = isUsage;
}
