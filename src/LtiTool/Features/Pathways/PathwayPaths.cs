namespace LtiPathways.LtiTool.Features.Pathways;

/// <summary>Where the planner's pages live; pages link with these, endpoints map them.</summary>
public static class PathwayPaths
{
    public const string Root = "/app/pathways";
    public const string Start = Root + "/start";
    public const string Caseload = Root + "/caseload";
    public const string Mentees = Root + "/mentees";

    public static string Plan(Guid planId) => $"{Root}/plans/{planId}";

    public static string History(Guid planId) => $"{Plan(planId)}/history";

    /// <summary>The student's mentors and signed links (the Mentors feature maps it; the plan page links to it).</summary>
    public static string MentorsOf(Guid planId) => $"/app/mentors/plans/{planId}";

    /// <summary>The student's conference reel (the Reels feature maps it; the plan page links to it).</summary>
    public static string ReelOf(Guid planId) => $"/app/reels/plans/{planId}";

    /// <summary>An LMS mentor's page of one mentee (the Mentors feature maps it; the mentees page links to it).</summary>
    public static string MenteePage(Guid studentId) => $"/app/mentors/students/{studentId}";

    /// <summary>The institution's self-paced modules (the Modules feature maps it; the plan page links to it).</summary>
    public const string Modules = "/app/modules";

    /// <summary>A module as the student works through it, resuming at their next step.</summary>
    public static string Module(string key) => $"{Modules}/{Uri.EscapeDataString(key)}";

    /// <summary>A student's work in a module as their advisor reads and marks it.</summary>
    public static string ModuleOf(string key, Guid studentId) => $"{Module(key)}/students/{studentId}";

    public static string StartWith(string templateKey) => $"{Start}/{Uri.EscapeDataString(templateKey)}";

    public static string WithSession(string path, string token) =>
        $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}session={Uri.EscapeDataString(token)}";
}
