using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Mentors;

/// <summary>What a page says after a mentor's form was done, by the short key its redirect carries (never free text in a URL).</summary>
public static class MentorNotices
{
    public const string Hours = "hours";
    public const string Confirmed = "confirmed";
    public const string SignedOff = "signed-off";
    public const string Note = "note";

    public static string? Of(string? done, IStringLocalizer<MentorText> text) => done switch
    {
        Hours => text["Notice.Hours"].Value,
        Confirmed => text["Notice.Confirmed"].Value,
        SignedOff => text["Notice.SignedOff"].Value,
        Note => text["Notice.Note"].Value,
        _ => null,
    };
}
