using LtiPathways.LtiTool.Features.Assessments;
using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.LtiTool.Features.Submissions;
using LtiPathways.LtiTool.Session;

namespace LtiPathways.LtiTool.Shared;

/// <summary>
/// The app pages one feature sends a person on to, built from each feature's own route; features link and redirect
/// through here so that none reaches into another's endpoints.
/// </summary>
public static class ToolLinks
{
    public static string Submissions(Guid assignmentId) => SubmissionLinks.ForAssignment(assignmentId);

    public const string Grading = GradingEndpoints.Path;

    public const string Assessments = AssessmentEndpoints.Path;

    /// <summary>A GET of the page with the fresh session token, so reloading reads the page again instead of re-posting.</summary>
    public static IResult RedirectWithSession(string path, string sessionToken) =>
        TypedResults.Redirect($"{path}?{SessionTokenConstants.QueryParameter}={Uri.EscapeDataString(sessionToken)}");
}
