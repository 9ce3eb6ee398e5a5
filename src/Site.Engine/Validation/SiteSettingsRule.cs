using Site.Engine.Diagnostics;
using Site.Engine.Model;

namespace Site.Engine.Validation;

/// <summary>
/// The site is about a couple: two people; its address is an absolute http or https URL that page addresses can
/// follow, and its base path (given, or else the address's own path) a clean path.
/// </summary>
public sealed class SiteSettingsRule : IContentRule
{
    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Check(Content content)
    {
        if (content.Settings is not { } settings)
        {
            yield break;
        }

        if (WebAddress.Check(settings.Span, settings.BaseUrl) is { } problem)
        {
            yield return problem;
        }
        else if (WebAddress.SiteAddressProblem(settings.BaseUrl, pathIsBasePath: settings.BasePath is null) is var (reason, inPath))
        {
            yield return Errors.InvalidSiteAddress(settings.Span, settings.BaseUrl, reason, inPath);
        }

        if (settings.Couple.Count is 1 or > 2)
        {
            yield return Errors.CoupleNotTwo(settings.Couple[^1].Span, settings.Couple.Count);
        }

        if (settings.BasePath is { } basePath && !BasePaths.IsValid(basePath))
        {
            yield return Errors.InvalidBasePath(settings.BasePathSpan ?? settings.Span, basePath);
        }
    }
}
