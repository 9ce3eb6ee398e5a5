using System.Text.Json.Serialization;

namespace Site.Cli.Preview;

/// <summary>
/// The JSON the preview sends to browser tabs, with its serialisation code generated at compile time: the native
/// tool has no run-time code generation, and needs no reflection over these types.
/// </summary>
[JsonSerializable(typeof(string))]
internal sealed partial class PreviewJson : JsonSerializerContext;
