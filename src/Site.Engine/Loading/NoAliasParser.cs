using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Site.Engine.Loading;

/// <summary>
/// A YAML parser that stops at the first alias. Content never needs aliases, and refusing them up front keeps
/// "billion laughs" documents from costing time or memory in anything that walks the tree.
/// </summary>
internal sealed class NoAliasParser(IParser inner) : IParser
{
    /// <inheritdoc/>
    public ParsingEvent? Current => inner.Current;

    /// <inheritdoc/>
    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (moved && inner.Current is AnchorAlias alias)
        {
            throw new AliasFoundException(alias.Start, alias.End);
        }

        return moved;
    }
}
