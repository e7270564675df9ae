using System.Security.Cryptography;
using System.Text;

namespace LtiPathways.PathwayGraphQL.ApiTokens;

/// <summary>The form of an API token: a prefix that says what it is, then 256 random bits.</summary>
public static class ApiTokenSecret
{
    public const string Prefix = "ltp_";

    public static string New() =>
        Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool LooksLikeOne(string? token) => token is { Length: > 20 and < 100 } && token.StartsWith(Prefix, StringComparison.Ordinal);

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string Hint(string token) => token[..(Prefix.Length + 6)] + "…";
}
