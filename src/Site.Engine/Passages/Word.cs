namespace Site.Engine.Passages;

/// <summary>One word of an article: where it lies in the file's text, and the form it is compared in.</summary>
/// <param name="Start">The index of its first character in the text.</param>
/// <param name="End">The index just after its last character.</param>
/// <param name="Key">The word as <see cref="WordKeys.Of(ReadOnlySpan{char})"/> makes it.</param>
public readonly record struct Word(int Start, int End, string Key);
