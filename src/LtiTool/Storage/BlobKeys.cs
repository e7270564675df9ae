using System.Text.RegularExpressions;

namespace LtiPathways.LtiTool.Storage;

/// <summary>Content addresses: <c>sha256/ab/cd/abcd…</c>, so equal files share one blob and a key never names a person.</summary>
public static partial class BlobKeys
{
    public static string For(string sha256) =>
        IsSha256(sha256) ? $"sha256/{sha256[..2]}/{sha256[2..4]}/{sha256}" : throw new ArgumentException("Not a SHA-256 in hex.", nameof(sha256));

    public static bool IsValid(string key) => KeyPattern().IsMatch(key);

    public static bool IsSha256(string value) => HexPattern().IsMatch(value);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HexPattern();

    [GeneratedRegex("^sha256/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}$")]
    private static partial Regex KeyPattern();
}
