namespace Site.Engine.Validation;

/// <summary>Tells whether an address from content may be linked to.</summary>
public static class WebAddress
{
    /// <summary>True for an absolute http or https address with a host.</summary>
    public static bool IsHttp(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);
}
