using Site.Engine.Diagnostics;
using Site.Engine.Model;

namespace Site.Engine.Validation;

/// <summary>The validate stage: runs every rule over the content and collects what they find.</summary>
public static class ContentValidator
{
    private static readonly IContentRule[] Rules =
    [
        new UniqueIdsRule(),
        new SourceSeedsRule(),
        new CitationQuotesRule(),
        new DateEvidenceRule(),
        new SaidToRule(),
        new SiteSettingsRule(),
    ];

    /// <summary>
    /// Runs every rule, side by side (each only reads the content); problems go to <paramref name="diagnostics"/>, in
    /// the rules' order, so that problems reported at the same place are always listed in the same order.
    /// </summary>
    public static void Validate(Content content, DiagnosticBag diagnostics)
    {
        var found = new List<Diagnostic>[Rules.Length];
        Parallel.For(0, Rules.Length, i => found[i] = [.. Rules[i].Check(content)]);
        foreach (var problems in found)
        {
            diagnostics.AddRange(problems);
        }
    }
}
