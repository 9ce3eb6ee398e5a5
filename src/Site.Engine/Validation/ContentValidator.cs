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

    /// <summary>Runs every rule; problems go to <paramref name="diagnostics"/>.</summary>
    public static void Validate(Content content, DiagnosticBag diagnostics)
    {
        foreach (var rule in Rules)
        {
            diagnostics.AddRange(rule.Check(content));
        }
    }
}
