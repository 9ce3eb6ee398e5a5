namespace Site.Engine.Passages;

/// <summary>Words of a source article, exactly as it has them, with where they are.</summary>
/// <param name="SourceId">The id of the source that cites the article.</param>
/// <param name="SeedPath">The seed file, relative to the project root.</param>
/// <param name="Line">The 1-based line in the seed file where the words start.</param>
/// <param name="Column">The 1-based column in that line.</param>
/// <param name="Text">The words, each run of white space as one space, ready to be quoted.</param>
/// <param name="Sentence">The sentence around them, for a reader to judge them in context.</param>
/// <param name="Similarity">How close they are to what was looked for, from 0 (nothing alike) to 1 (the same words).</param>
public sealed record Passage(string SourceId, string SeedPath, int Line, int Column, string Text, string Sentence, double Similarity)
{
    /// <summary>Where the words start, as <c>seeds/file.txt:line:column</c>.</summary>
    public string Location => $"{SeedPath}:{Line}:{Column}";
}
