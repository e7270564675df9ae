using LtiPathways.LtiTool.Session;

namespace LtiPathways.LtiTool.Shared;

/// <summary>
/// The app pages one feature sends a person on to. Each feature maps its routes from these paths and links or redirects
/// to another's through here, so no feature reaches into another's endpoints and Shared depends on no feature.
/// </summary>
public static class ToolLinks
{
    public const string Assignment = "/app/assignments/{assignmentId:guid}";

    /// <summary>An assignment's submissions: a student's own, the class list for teachers.</summary>
    public static string Submissions(Guid assignmentId) => $"/app/assignments/{assignmentId}/submission";

    public const string Grading = "/app/grading";

    public const string Assessments = "/app/assessments";

    /// <summary>The coordinator's partnerships overview: expiring agreements and the provider catalogue.</summary>
    public const string Partnerships = "/app/partnerships";

    /// <summary>The coordinator's dashboard of every CP and CTE student, and its impact over time.</summary>
    public const string Dashboard = "/app/dashboards";

    /// <summary>A GET of the page with the fresh session token, so reloading reads the page again instead of re-posting.</summary>
    public static IResult RedirectWithSession(string path, string sessionToken) =>
        TypedResults.Redirect($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{SessionTokenConstants.QueryParameter}={Uri.EscapeDataString(sessionToken)}");
}
