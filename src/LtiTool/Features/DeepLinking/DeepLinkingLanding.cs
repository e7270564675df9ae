using LtiPathways.LtiTool.Features.Submissions.Uploads;
using LtiPathways.LtiTool.Lti;
using LtiPathways.LtiTool.Lti.DeepLinking;
using LtiPathways.LtiTool.Lti.Launch;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Features.DeepLinking;

/// <summary>An LtiDeepLinkingRequest launch: keep its settings server-side and show the teacher the picker.</summary>
public class DeepLinkingLanding(DeepLinkingRequestStore requests, IOptions<UploadOptions> uploads, ILogger<DeepLinkingLanding> logger)
{
    public async Task<IResult> LandAsync(
        ValidatedLaunch launch, ProvisionedLaunch provisioned, ToolSession session, string sessionToken, CancellationToken cancellationToken)
    {
        if (Refusal(provisioned.Role, inCourse: provisioned.Course is not null) is { } refusal)
        {
            return refusal.ToResult(logger, "deep linking");
        }

        var settings = DeepLinkingSettings.From(launch.Message);
        if (settings is null)
        {
            return LtiRejection.BadRequest(
                "Your LMS asked to add content but did not say where to send it back.", "deep_linking_settings missing")
                .ToResult(logger, "deep linking");
        }

        if (NotAccepted(settings) is { } notAccepted)
        {
            return notAccepted.ToResult(logger, "deep linking");
        }

        var request = await requests.CreateAsync(launch, provisioned.Course!.Id, provisioned.User.Id, settings, cancellationToken);
        return Picker(new DeepLinkingPickerView(
            provisioned.Course.Title, sessionToken, settings, DeepLinkingForm.Blank(request.Id, settings), [], uploads.Value.MaxBytes));
    }

    public static RazorComponentResult<DeepLinkingPickerPage> Picker(DeepLinkingPickerView view, int statusCode = StatusCodes.Status200OK) =>
        new(new { View = view }) { StatusCode = statusCode };

    public static LtiRejection? Refusal(CourseRole role, bool inCourse) =>
        role < CourseRole.Teacher
            ? LtiRejection.Forbidden(
                "Only teachers can add LtiPathways content to a course; your role here does not allow it.",
                $"deep linking refused for role {role}")
            : !inCourse
                ? LtiRejection.BadRequest(
                    "LtiPathways content can only be added inside a course; open Add content from a course page.",
                    "deep linking without a context")
                : null;

    /// <summary>Everything LtiPathways places is an ltiResourceLink (Deep Linking 2.0 section 4.4.1, accept_types).</summary>
    public static LtiRejection? NotAccepted(DeepLinkingSettings settings) =>
        settings.Accepts(DeepLinkingClaims.LtiResourceLinkType)
            ? null
            : LtiRejection.BadRequest(
                "This place in your LMS does not accept links to a tool, and LtiPathways content is added as links; "
                + "try adding it from an assignment or module page instead.",
                $"accept_types [{string.Join(", ", settings.AcceptTypes)}] has no ltiResourceLink");
}
