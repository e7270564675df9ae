using System.Globalization;
using LtiPathways.LtiTool.Shared;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Session;

/// <summary>
/// Where a session token may travel, and what a visitor without one is told. A state change accepts it only from the
/// Authorization header or the page's session_token form field, which a forged cross-site request cannot know: this is
/// the tool's one protection of its forms, and it needs no cookie, so it works where third-party cookies are blocked.
/// </summary>
public static class SessionTokenSources
{
    public static async Task ReadAsync(MessageReceivedContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization.Count > 0)
        {
            // An API token is not a session token: its own handler checks it, and JwtBearer need not fail on it.
            if (ApiTokenAuthentication.PresentedToken(request) is not null)
            {
                context.NoResult();
            }

            return;
        }

        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            context.Token = form[SessionTokenConstants.FormField].FirstOrDefault();
            return;
        }

        // A query parameter or cookie could ride along on a forged cross-site request, so only reads accept them.
        if (IsRead(request))
        {
            context.Token = request.Query[SessionTokenConstants.QueryParameter].FirstOrDefault()
                ?? request.Cookies[SessionTokenConstants.Cookie];
        }
    }

    public static async Task ExplainChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ToolText>>();
        if (context.Request.Headers.Authorization.Count > 0)
        {
            // A page script's call (window.ltiFetch): it shows this text where it reports the result.
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(text["SessionEndedScript"]);
            return;
        }

        var (heading, sentence) = IsRead(context.Request)
            ? (text["SessionEndedHeading"].Value, text["SessionEndedSentence"].Value)
            : (text["PageExpiredHeading"].Value, text["PageExpiredSentence"].Value);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}\"><head><meta charset=\"utf-8\"><title>{heading} · LtiPathways</title>"
            + "<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main id=\"main\"><div class=\"problem\" role=\"alert\">"
            + $"<h1>{heading}</h1><p class=\"sentence\">{sentence}</p></div></main></body></html>");
    }

    private static bool IsRead(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
}
