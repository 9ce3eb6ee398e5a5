using Site.Engine.Diagnostics;
using Site.Engine.Model;

namespace Site.Engine.Validation;

/// <summary>The site's address is an absolute http or https URL.</summary>
public sealed class SiteSettingsRule : IContentRule
{
    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Check(Content content)
    {
        if (content.Settings is { } settings && !WebAddress.IsHttp(settings.BaseUrl))
        {
            yield return Errors.InvalidUrl(settings.Span, settings.BaseUrl);
        }
    }
}
