namespace LtiPathways.LtiTool.Features.Reels;

/// <summary>What the reel page says after a form was done, by the short key its redirect carries (never free text in a URL).</summary>
public static class ReelNotices
{
    public const string Added = "added";
    public const string Captioned = "captioned";
    public const string Moved = "moved";
    public const string Removed = "removed";
    public const string Revoked = "revoked";

    public static string? Of(string? done, int? position, int count) => done switch
    {
        Added => $"Added as slide {count} of {count}.",
        Captioned => "The caption is saved.",
        Moved when position is { } p => $"Moved: now slide {p} of {count}.",
        Removed => count == 0 ? "Removed. Your reel has no slides now." : $"Removed. Your reel has {count} slide{(count == 1 ? "" : "s")} now.",
        Revoked => "The link is revoked: it opens nothing from now on.",
        _ => null,
    };
}
