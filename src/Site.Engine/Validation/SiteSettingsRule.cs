using Site.Engine.Diagnostics;
using Site.Engine.Model;

namespace Site.Engine.Validation;

/// <summary>The site's address is an absolute http or https URL, and its base path a clean path.</summary>
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

        if (settings.BasePath is { } basePath && !BasePaths.IsValid(basePath))
        {
            yield return Errors.InvalidBasePath(settings.BasePathSpan ?? settings.Span, basePath);
        }
    }
}
