using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Lti.Keys;

/// <summary>
/// A tool key ready to use: the RSA key that signs what platforms verify, and the HMAC key derived from it for the
/// tool's own session tokens, which only the tool reads (an HMAC costs microseconds where an RSA signature costs hundreds).
/// </summary>
public sealed record UnlockedToolKey(RsaSecurityKey Signing, SymmetricSecurityKey Session)
{
    public static string SessionKid(string kid) => kid + ".session";
}
