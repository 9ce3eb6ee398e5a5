using System.Collections.Concurrent;

namespace Site.Engine.Loading;

/// <summary>
/// One string per distinct id among the references a read finds: the same person, work or source is cited from
/// thousands of records, and the content model then holds one copy of its id rather than one per reference.
/// </summary>
internal sealed class IdPool
{
    private readonly ConcurrentDictionary<string, string> _ids = new(StringComparer.Ordinal);

    /// <summary>The pool's copy of <paramref name="id"/>, which becomes the copy when it is the first.</summary>
    public string Intern(string id) => _ids.GetOrAdd(id, id);
}
