using Site.Engine.Model;
using Site.Engine.Output;
using Site.Engine.Validation;

namespace Site.Engine.Rendering;

/// <summary>Decides where the site lives: the command line wins over the site settings, which win over the base URL's own path.</summary>
public static class SiteAddress
{
    /// <summary>The addresses for a build with <paramref name="options"/> of a site with <paramref name="settings"/>.</summary>
    /// <remarks>
    /// The settings' own address was checked with the content; an address from the command line whose path would be the
    /// base path, and cannot be, is refused here, where both are known, as a mistake on the command line.
    /// </remarks>
    public static SiteUrls Resolve(SiteSettings settings, BuildOptions options)
    {
        var baseUrl = options.BaseUrl ?? settings.BaseUrl;
        var basePath = options.BasePath ?? settings.BasePath;
        if (basePath is null && options.BaseUrl is not null && WebAddress.SiteAddressProblem(baseUrl, pathIsBasePath: true) is var (reason, _))
        {
            throw new OutputException(
                $"--base-url '{baseUrl}' cannot be the site's address: {reason}.\n"
                + "fix: give the path the site is served under with --base-path as well, or set base_path in input/site.yaml.", isUsage: true);
        }

        return new SiteUrls(basePath ?? new Uri(baseUrl).AbsolutePath, baseUrl);
    }
}
