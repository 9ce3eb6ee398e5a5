using System.Xml.Linq;

namespace Site.Engine.Rendering.Feeds;

/// <summary>Serialises XML documents the same way every time: UTF-8 declaration, two-space indent, LF line ends.</summary>
internal static class Xml
{
    /// <summary>The document text for <paramref name="root"/>.</summary>
    public static string Document(XElement root) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + root.ToString().Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
