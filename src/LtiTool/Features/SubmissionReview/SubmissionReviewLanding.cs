using System.Text.Json;
using LtiPathways.LtiTool.Lti;
using LtiPathways.LtiTool.Lti.Launch;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.SubmissionReview;

/// <summary>An LtiSubmissionReviewRequest launch: the reviewer sees the named student's work (checklist G.41).</summary>
public class SubmissionReviewLanding(SubmissionReviewQueries queries, ILogger<SubmissionReviewLanding> logger)
{
    public async Task<IResult> LandAsync(ValidatedLaunch launch, ToolSession session, string sessionToken, CancellationToken cancellationToken)
    {
        if (session.Role < CourseRole.Teacher)
        {
            return LtiRejection.Forbidden(
                "Only teachers can review submissions in LtiPathways; your role here does not allow it.",
                $"submission review refused for role {session.Role}").ToResult(logger, "submission review");
        }

        var view = session.CourseId is null
            ? null
            : await queries.LoadAsync(session, launch.Message.ForUserId!, ForUserName(launch.Message), sessionToken, cancellationToken);
        return view is null
            ? LtiRejection.BadRequest(
                "Submissions can only be reviewed inside a course; open the review from your course's gradebook.",
                "submission review without a course").ToResult(logger, "submission review")
            : new RazorComponentResult<SubmissionReviewPage>(new { View = view });
    }

    // LTI Submission Review 1.0 section 3.1: for_user may carry the person's name alongside user_id.
    private static string? ForUserName(LaunchMessage message) =>
        message.Payload.TryGetProperty(LtiClaims.ForUser, out var forUser) && forUser.ValueKind == JsonValueKind.Object
        && forUser.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()
            : null;
}
