using LtiPathways.PathwayGraphQL.Grading;

namespace LtiPathways.LtiTool.Features.Grading;

/// <summary>The teacher's words for a release: who it reached, and whether the grade goes to the LMS gradebook or why not.</summary>
public static class ReleaseNotice
{
    public const string Requeued = "The grade is queued to be sent again.";

    public static string For(GradesReleased released)
    {
        var names = released.StudentNames;
        var who = names.Count == 1 ? names[0] : $"{names.Count} students";
        return released.Column.Missing is { } missing
            ? $"Released to {who}. {WhyNoColumn(missing, released.Column.PlatformMessage)}"
            : $"Released to {who}; the grade is on its way to the LMS gradebook.";
    }

    private static string WhyNoColumn(MissingColumnReason reason, string? platformMessage) => reason switch
    {
        MissingColumnReason.NotOffered => "The LMS gave this link no gradebook column, so grades stay in LtiPathways and are not sent to the LMS.",
        MissingColumnReason.LocationNotGiven => "The LMS created a gradebook column but did not say where it is.",
        _ => "LtiPathways could not create a gradebook column in the LMS: " + platformMessage,
    };
}
