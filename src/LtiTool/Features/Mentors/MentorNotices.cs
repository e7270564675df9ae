namespace LtiPathways.LtiTool.Features.Mentors;

/// <summary>What a page says after a mentor's form was done, by the short key its redirect carries (never free text in a URL).</summary>
public static class MentorNotices
{
    public const string Hours = "hours";
    public const string Confirmed = "confirmed";
    public const string SignedOff = "signed-off";
    public const string Note = "note";

    public static string? Of(string? done) => done switch
    {
        Hours => "The hours are logged and confirmed as a new version of the plan.",
        Confirmed => "The hours are confirmed as a new version of the plan.",
        SignedOff => "The milestone is signed off as a new version of the plan.",
        Note => "Added to the log.",
        _ => null,
    };
}
