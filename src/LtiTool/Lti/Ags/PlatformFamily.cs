using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>Which LMS a registration is, for the few places where their AGS behaviour differs.</summary>
public enum PlatformFamily
{
    Other,
    Canvas,
    Moodle,
}

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
