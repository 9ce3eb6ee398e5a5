using Site.Engine.Diagnostics;

namespace Site.Engine.Model;

/// <summary>A value read from a content file together with where it was written.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Span">Where the value was written.</param>
public readonly record struct Located<T>(T Value, SourceSpan Span);
