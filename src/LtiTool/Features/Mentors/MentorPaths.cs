using LtiPathways.LtiTool.Features.Pathways;

namespace LtiPathways.LtiTool.Features.Mentors;

/// <summary>Where the mentors' pages inside the LMS live; the planner's pages link to them, so the addresses are the planner's.</summary>
public static class MentorPaths
{
    public const string Root = "/app/mentors";

    /// <summary>An advisor's or coordinator's page of one student's mentors and links.</summary>
    public static string OfPlan(Guid planId) => PathwayPaths.MentorsOf(planId);

    /// <summary>A mentor's page for one mentee: hours, milestones, the meeting log.</summary>
    public static string Mentee(Guid studentId) => PathwayPaths.MenteePage(studentId);
}
