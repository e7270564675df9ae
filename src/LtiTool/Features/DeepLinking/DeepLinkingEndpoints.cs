using LtiPathways.LtiTool.Features.Submissions.Uploads;
using LtiPathways.LtiTool.Hosting;
using LtiPathways.LtiTool.Lti;
using LtiPathways.LtiTool.Lti.DeepLinking;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Features.DeepLinking;

public static class DeepLinkingEndpoints
{
    public const string Path = "/app/deep-linking";

    public static IEndpointRouteBuilder MapDeepLinking(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(Path, PlaceAsync).RequireAuthorization();
        return routes;
    }

    private static async Task<IResult> PlaceAsync(
        HttpContext context,
        ToolSession session,
        DeepLinkingRequestStore requests,
        AssignmentPlacer placer,
        DeepLinkingResponseBuilder responses,
        PathwaysDbContext db,
        ToolUrls urls,
        IOptions<UploadOptions> uploads,
        ILogger<DeepLinkingLanding> logger,
        CancellationToken cancellationToken)
    {
        if (DeepLinkingLanding.Refusal(session.Role, inCourse: session.CourseId is not null) is { } refusal)
        {
            return Refuse(refusal);
        }

        var form = DeepLinkingForm.Read(await context.Request.ReadFormAsync(cancellationToken));
        var request = form.RequestId.Length == 0 ? null : await requests.FindOpenAsync(
            form.RequestId, session.RegistrationId, session.DeploymentId, session.CourseId!.Value, session.UserId, cancellationToken);
        if (request is null)
        {
            return Refuse(LtiRejection.BadRequest(
                "This choice has expired or was already sent to your LMS; open Add content from your course again.",
                "deep linking request unknown, expired, consumed or not this session's"));
        }

        var settings = DeepLinkingRequestStore.ToSettings(request);
        if (DeepLinkingLanding.NotAccepted(settings) is { } notAccepted)
        {
            return Refuse(notAccepted);
        }

        var errors = form.Validate(settings, uploads.Value.MaxBytes);
        if (errors.Count > 0)
        {
            var courseTitle = await db.Courses.Where(c => c.Id == request.CourseId).Select(c => c.Title).FirstAsync(cancellationToken);
            var token = context.Items[SessionTokenConstants.RenewedHeader] as string
                ?? context.Request.Form[SessionTokenConstants.FormField].ToString();
            return DeepLinkingLanding.Picker(
                new DeepLinkingPickerView(courseTitle, token, settings, form, errors, uploads.Value.MaxBytes), StatusCodes.Status400BadRequest);
        }

        var registration = await db.PlatformRegistrations.AsNoTracking().FirstAsync(r => r.Id == request.RegistrationId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await requests.TryConsumeAsync(request.Id, cancellationToken))
        {
            return Refuse(LtiRejection.BadRequest(
                "This choice was already sent to your LMS; open Add content from your course again to add more.",
                "deep linking request consumed concurrently"));
        }

        var items = placer.Place(form, settings, session, urls.RedirectUri(context.Request));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var titles = string.Join(", ", items.Select(i => $"“{i.Title}”"));
        var jwt = await responses.SignAsync(new DeepLinkingResponse(
            registration.ClientId, registration.Issuer, request.PlatformDeploymentId, request.DataJson, items,
            Message: $"LtiPathways added {titles}."), cancellationToken);
        logger.LogInformation("Deep linking response with {Count} items for course {Course}", items.Count, request.CourseId);
        // The platform signed this return URL (Deep Linking 2.0 section 4.4.1); it need not be on its issuer's host.
        context.ContentSecurityPolicy().AllowOriginOf("form-action", request.ReturnUrl);
        return new RazorComponentResult<DeepLinkingReturnPage>(new { Action = request.ReturnUrl, Jwt = jwt, Summary = titles });

        IResult Refuse(LtiRejection rejection) => rejection.ToResult(logger, "deep linking");
    }
}
