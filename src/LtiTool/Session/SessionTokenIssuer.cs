using LtiPathways.LtiTool.Lti.Keys;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Session;

/// <summary>Issues the short-lived session token that rides with each page instead of a third-party cookie.</summary>
public class SessionTokenIssuer(ToolKeyStore keys, TimeProvider clock)
{
    private static readonly JsonWebTokenHandler Tokens = new();

    public async Task<string> IssueAsync(ToolSession session, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var key = await keys.GetSessionKeyAsync(cancellationToken);
        return Tokens.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = SessionTokenConstants.Issuer,
            Audience = SessionTokenConstants.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + SessionTokenConstants.Lifetime,
            Claims = session.ToClaims().ToDictionary(c => c.Type, c => (object)c.Value),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Hands the token to the browser as a partitioned cookie too; pages still carry it, the cookie only saves a round of JavaScript.</summary>
    public static void SetCookie(HttpResponse response, string token) =>
        response.Headers.Append("Set-Cookie",
            $"{SessionTokenConstants.Cookie}={token}; Path=/; Max-Age={(int)SessionTokenConstants.Lifetime.TotalSeconds}; Secure; HttpOnly; SameSite=None; Partitioned");
}
