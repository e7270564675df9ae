using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Reels;

/// <summary>What the reel page says after a form was done, by the short key its redirect carries (never free text in a URL).</summary>
public static class ReelNotices
{
    public const string Added = "added";
    public const string Captioned = "captioned";
    public const string Moved = "moved";
    public const string Removed = "removed";
    public const string Revoked = "revoked";

    public static string? Of(string? done, int? position, int count, IStringLocalizer<ReelText> text) => done switch
    {
        Added => text["Notice.Added", count].Value,
        Captioned => text["Notice.Captioned"].Value,
        Moved when position is { } p => text["Notice.Moved", p, count].Value,
        Removed => text[count == 0 ? "Notice.RemovedNone" : count == 1 ? "Notice.RemovedOne" : "Notice.Removed", count].Value,
        Revoked => text["Notice.Revoked"].Value,
        _ => null,
    };
}
