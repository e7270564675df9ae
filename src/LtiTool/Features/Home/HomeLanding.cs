using LtiPathways.LtiTool.Features.DeepLinking;
using LtiPathways.LtiTool.Features.SubmissionReview;
using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.LtiTool.Features.Pathways;
using LtiPathways.LtiTool.Features.Roster;
using LtiPathways.LtiTool.Lti.Launch;
using LtiPathways.LtiTool.Localization;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data.Courses;

using LtiPathways.LtiTool.Features.Pathways.Plan;
namespace LtiPathways.LtiTool.Features.Home;

/// <summary>After a valid launch: start the session, then show the page the launch asks for.</summary>
public class HomeLanding(
    SessionTokenIssuer sessions, HomeQueries queries, DeepLinkingLanding deepLinking, SubmissionReviewLanding review,
    RosterRefresh roster, PlannerLinks planner) : ILaunchLanding
{
    public async Task<IResult> LandAsync(
        HttpContext context, ValidatedLaunch launch, ProvisionedLaunch provisioned, CancellationToken cancellationToken)
    {
        var session = new ToolSession(
            provisioned.User.Id, launch.Registration.Id, launch.Deployment.Id, provisioned.Course?.Id,
            provisioned.ResourceLink?.Id, provisioned.Role, launch.Message.MessageType!,
            ToolCultures.Match(launch.Message.Locale), PersonTime.Known(launch.Message.TimeZone));
        var token = await sessions.IssueAsync(session, cancellationToken);
        SessionTokenIssuer.SetCookie(context.Response, token);

        if (provisioned.Course is { } course && provisioned.Role >= CourseRole.Teacher)
        {
            await roster.RefreshIfStaleAsync(course, cancellationToken);
        }

        var opensPlanner = await planner.IsPlannerAsync(provisioned.ResourceLink?.AssignmentId, cancellationToken);
        // One line per destination; each feature renders its own page for the session.
        return launch.Message.MessageType switch
        {
            LtiMessageTypes.DeepLinking => await deepLinking.LandAsync(launch, provisioned, session, token, cancellationToken),
            LtiMessageTypes.SubmissionReview => await review.LandAsync(launch, session, token, cancellationToken),
            LtiMessageTypes.ResourceLink when opensPlanner => PathwayEndpoints.RedirectAfterLaunch(token),
            LtiMessageTypes.ResourceLink when provisioned.ResourceLink?.AssignmentId is not null => GradingEndpoints.RedirectAfterLaunch(token),
            _ => HomeEndpoints.Render((await queries.LoadAsync(session, token, cancellationToken))!),
        };
    }
}
