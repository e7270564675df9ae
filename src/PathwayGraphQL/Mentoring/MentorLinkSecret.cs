using System.Security.Cryptography;
using System.Text;

namespace LtiPathways.PathwayGraphQL.Mentoring;

/// <summary>The form of a signed link's token: 256 random bits, base64url (43 characters), kept only as its SHA-256.</summary>
public static class MentorLinkSecret
{
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool LooksLikeOne(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
