using System.Text.Json.Nodes;

namespace LtiPathways.LtiTool.Tests.Localization;

/// <summary>A launch's claims changed to a Spanish-speaking LMS, as Canvas sends it ("es"; Moodle's "es_mx" reads the same).</summary>
public static class SpanishLaunch
{
    public static void Of(JsonObject claims) =>
        claims["https://purl.imsglobal.org/spec/lti/claim/launch_presentation"]!["locale"] = "es";
}
