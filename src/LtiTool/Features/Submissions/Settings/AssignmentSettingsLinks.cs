namespace LtiPathways.LtiTool.Features.Submissions.Settings;

/// <summary>Where staff change an assignment's settings and its students' accommodations.</summary>
public static class AssignmentSettingsLinks
{
    public static string Settings(Guid assignmentId) => $"/app/assignments/{assignmentId}/settings";

    public static string Accommodations(Guid assignmentId) => $"/app/assignments/{assignmentId}/accommodations";

    public static string RemoveAccommodation(Guid assignmentId) => Accommodations(assignmentId) + "/remove";
}
