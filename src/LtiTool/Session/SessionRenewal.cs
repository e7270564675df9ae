using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LtiPathways.LtiTool.Session;

/// <summary>Keeps an active person signed in: a token older than a few minutes is replaced on their next request.</summary>
public static class SessionRenewal
{
    public static async Task RenewIfOldAsync(TokenValidatedContext context)
    {
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (context.SecurityToken is not JsonWebToken token
            || clock.GetUtcNow().UtcDateTime - token.IssuedAt < SessionTokenConstants.RenewAfter
            || ToolSession.From(context.Principal!) is not { } session)
        {
            return;
        }

        var issuer = context.HttpContext.RequestServices.GetRequiredService<SessionTokenIssuer>();
        var renewed = await issuer.IssueAsync(session, context.HttpContext.RequestAborted);
        context.Response.Headers[SessionTokenConstants.RenewedHeader] = renewed;
        SessionTokenIssuer.SetCookie(context.Response, renewed);
        context.HttpContext.Items[SessionTokenConstants.RenewedHeader] = renewed;
    }
}
