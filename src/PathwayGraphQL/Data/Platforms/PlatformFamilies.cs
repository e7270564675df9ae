namespace LtiPathways.PathwayGraphQL.Data.Platforms;

/// <summary>Reads the family from tool_platform.product_family_code when known, else from the issuer.</summary>
public static class PlatformFamilies
{
    public static PlatformFamily Of(PlatformRegistration registration)
    {
        var code = registration.ProductFamily?.Trim().ToLowerInvariant();
        if (code == "canvas" || IssuerHost(registration).EndsWith("instructure.com", StringComparison.OrdinalIgnoreCase))
        {
            return PlatformFamily.Canvas;
        }

        return code == "moodle" ? PlatformFamily.Moodle : PlatformFamily.Other;
    }

    private static string IssuerHost(PlatformRegistration registration) =>
        Uri.TryCreate(registration.Issuer, UriKind.Absolute, out var issuer) ? issuer.Host : "";
}
