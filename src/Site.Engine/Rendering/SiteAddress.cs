using Site.Engine.Model;

namespace Site.Engine.Rendering;

/// <summary>Decides where the site lives: the command line wins over the site settings, which win over the base URL's own path.</summary>
public static class SiteAddress
{
    /// <summary>The addresses for a build with <paramref name="options"/> of a site with <paramref name="settings"/>.</summary>
    public static SiteUrls Resolve(SiteSettings settings, BuildOptions options)
    {
        var baseUrl = options.BaseUrl ?? settings.BaseUrl;
        var basePath = options.BasePath ?? settings.BasePath ?? new Uri(baseUrl).AbsolutePath;
        return new SiteUrls(basePath, baseUrl);
    }
}
