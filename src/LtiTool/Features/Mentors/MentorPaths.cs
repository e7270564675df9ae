namespace LtiPathways.LtiTool.Features.Mentors;

/// <summary>Where the mentors' pages inside the LMS live.</summary>
public static class MentorPaths
{
    public const string Root = "/app/mentors";

    /// <summary>An advisor's or coordinator's page of one student's mentors and links.</summary>
    public static string OfPlan(Guid planId) => $"{Root}/plans/{planId}";

    /// <summary>A mentor's page for one mentee: hours, milestones, the meeting log.</summary>
    public static string Mentee(Guid studentId) => $"{Root}/students/{studentId}";
}
