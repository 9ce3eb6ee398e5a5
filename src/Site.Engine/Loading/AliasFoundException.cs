using YamlDotNet.Core;

namespace Site.Engine.Loading;

/// <summary>Thrown by <see cref="NoAliasParser"/> where a document uses an alias; turned into a diagnostic by the loader.</summary>
internal sealed class AliasFoundException(Mark start, Mark end) : YamlException(start, end, "alias");
