using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace LtiPathways.LtiTool.Session;

/// <summary>Where a session token may travel, and what a visitor without one is told.</summary>
public static class SessionTokenSources
{
    public static async Task ReadAsync(MessageReceivedContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization.Count > 0)
        {
            return;
        }

        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            context.Token = form[SessionTokenConstants.FormField].FirstOrDefault();
            return;
        }

        // A query parameter or cookie could ride along on a forged cross-site request, so only reads accept them.
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            context.Token = request.Query[SessionTokenConstants.QueryParameter].FirstOrDefault()
                ?? request.Cookies[SessionTokenConstants.Cookie];
        }
    }

    public static async Task ExplainChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Session ended · LtiPathways</title>"
            + "<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main id=\"main\"><div class=\"problem\" role=\"alert\">"
            + "<h1>Your LtiPathways session has ended</h1>"
            + "<p class=\"sentence\">Open LtiPathways again from the link in your course.</p></div></main></body></html>");
    }
}
