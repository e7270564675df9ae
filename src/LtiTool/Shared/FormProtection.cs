using LtiPathways.LtiTool.Lti.Platforms;
using Microsoft.AspNetCore.Antiforgery;

namespace LtiPathways.LtiTool.Shared;

/// <summary>
/// Antiforgery for the tool's own forms, on top of the session_token field every post carries.
/// The antiforgery cookie must be Secure (SameSite=None, for LMS iframes), so it works over https only;
/// on plain-http loopback (development) the session_token, which cookies never carry, is the protection.
/// </summary>
public static class FormProtection
{
    public static bool UsesAntiforgery(HttpRequest request) => request.IsHttps;

    /// <summary>Null when the post may proceed; otherwise the sentence to answer with.</summary>
    public static async Task<string?> ProblemAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!UsesAntiforgery(context.Request))
        {
            return PlatformUrlRule.IsLoopback(new Uri($"http://{context.Request.Host}"))
                ? null
                : "LtiPathways must be served over https for its forms to work; ask your administrator.";
        }

        return await antiforgery.IsRequestValidAsync(context)
            ? null
            : "This form has expired; open LtiPathways again from your course and retry.";
    }
}
