namespace Site.Tests.Cli.Preview;

/// <summary>The facts file the preview tests break and fix while a preview runs.</summary>
internal static class PreviewFacts
{
    /// <summary>A valid facts file.</summary>
    public const string Good = """
        - id: met
          statement: They met on the set of a film.
          about: [ann, bob, the-film]
          date: 1987
          citations: [{ source: one, quote: The couple met on a film set in 1987. }]
        """;

    /// <summary>A date whose error, which quotes the line, holds markup that must be shown as text, never run.</summary>
    public const string Broken = """
        - id: met
          statement: They met on a film set.
          about: [ann, bob, the-film]
          date: <script>alert(1)</script>
          citations: [{ source: one, quote: The couple met on a film set in 1987. }]
        """;
}
