using Microsoft.AspNetCore.DataProtection;

namespace LtiPathways.LtiTool.Features.Submissions.Playback;

/// <summary>
/// Short-lived signed links for players and previews (a video element cannot send the session header). A link is
/// issued only to someone the page already authorised for the file, and it names that file only.
/// </summary>
public class MediaLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("LtiPathways.MediaLinks").ToTimeLimitedDataProtector();

    public string For(Guid fileId) =>
        $"/media/{fileId:N}?sig={Uri.EscapeDataString(protector.Protect(fileId.ToString("N"), clock.GetUtcNow() + Lifetime))}";

    /// <summary>A caption track's link; its signature names the track, so it opens no file (and a file's opens no track).</summary>
    public string ForCaption(Guid trackId) =>
        $"/media/captions/{trackId:N}?sig={Uri.EscapeDataString(protector.Protect(CaptionPayload(trackId), clock.GetUtcNow() + Lifetime))}";

    public bool Allows(Guid fileId, string? signature) => Verifies(fileId.ToString("N"), signature);

    public bool AllowsCaption(Guid trackId, string? signature) => Verifies(CaptionPayload(trackId), signature);

    private static string CaptionPayload(Guid trackId) => "caption:" + trackId.ToString("N");

    private bool Verifies(string payload, string? signature)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        try
        {
            return protector.Unprotect(signature, out var expiration) == payload && expiration > clock.GetUtcNow();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }
}
