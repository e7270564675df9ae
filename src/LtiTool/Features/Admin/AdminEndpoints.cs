using LtiPathways.LtiTool.Lti.Registration;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;
using static LtiPathways.LtiTool.Features.Admin.AdminHeadings;

namespace LtiPathways.LtiTool.Features.Admin;

/// <summary>The registrations page for system and institution administrators (those who launch with an Admin role), scoped by <see cref="RegistrationScope"/>.</summary>
public static class AdminEndpoints
{
    public const string Path = "/admin/registrations";

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup(Path).RequireAuthorization();
        admin.MapGet("/", ShowAsync);
        admin.MapPost("/{id:guid}/{action}", ApplyAsync);
        admin.MapPost("/changes/{id:guid}/approve", ApproveChangeAsync);
        admin.MapPost("/changes/{id:guid}/reject", RejectChangeAsync);
        return routes;
    }

    private static async Task<IResult> ShowAsync(
        ToolSession session, RegistrationApprovals approvals, RegistrationScope scope, SessionTokenIssuer sessions, CancellationToken cancellationToken) =>
        session.Role == CourseRole.Admin
            ? await RenderAsync(session, await scope.IssuerLimitAsync(session, cancellationToken), approvals, sessions, null, cancellationToken)
            : NotAdmin();

    private static async Task<IResult> ApplyAsync(
        ToolSession session, Guid id, string action, RegistrationApprovals approvals, RegistrationScope scope, SessionTokenIssuer sessions,
        ILogger<RegistrationApprovals> logger, CancellationToken cancellationToken)
    {
        if (session.Role != CourseRole.Admin)
        {
            return NotAdmin();
        }

        if (!Enum.TryParse<RegistrationAction>(action, ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
        {
            return Refusal.Invalid("That is not something a registration can be: use approve, disable or enable.").AsPage(NotChanged);
        }

        var limit = await scope.IssuerLimitAsync(session, cancellationToken);
        var registration = await approvals.ApplyAsync(id, limit, chosen, cancellationToken);
        if (registration is null)
        {
            return Refusal.NotFound("That registration does not exist or belongs to another LMS than the one you launched from.").AsPage(NotChanged);
        }

        logger.LogInformation("Registration {Registration} ({Issuer}) {Action} by admin user {User}", registration.Id, registration.Issuer, chosen, session.UserId);
        var notice = chosen switch
        {
            RegistrationAction.Approve => $"{registration.Issuer} is approved: its users can open LtiPathways now.",
            RegistrationAction.Disable => $"{registration.Issuer} is disabled: launches from it are refused.",
            _ => $"{registration.Issuer} is enabled.",
        };
        return await RenderAsync(session, limit, approvals, sessions, notice, cancellationToken);
    }

    private static Task<IResult> ApproveChangeAsync(
        ToolSession session, Guid id, RegistrationApprovals approvals, RegistrationScope scope, SessionTokenIssuer sessions, CancellationToken cancellationToken) =>
        DecideChangeAsync(session, id, approvals, scope, sessions, approvals.ApproveChangeAsync, "applied: the registration uses the new values now", cancellationToken);

    private static Task<IResult> RejectChangeAsync(
        ToolSession session, Guid id, RegistrationApprovals approvals, RegistrationScope scope, SessionTokenIssuer sessions, CancellationToken cancellationToken) =>
        DecideChangeAsync(session, id, approvals, scope, sessions, approvals.RejectChangeAsync, "rejected: the registration keeps its values", cancellationToken);

    private static async Task<IResult> DecideChangeAsync(
        ToolSession session, Guid id, RegistrationApprovals approvals, RegistrationScope scope, SessionTokenIssuer sessions,
        Func<PlatformRegistrationChange, string, CancellationToken, Task> decide, string result, CancellationToken cancellationToken)
    {
        if (session.Role != CourseRole.Admin)
        {
            return NotAdmin();
        }

        var limit = await scope.IssuerLimitAsync(session, cancellationToken);
        if (await approvals.FindChangeAsync(id, limit, cancellationToken) is not { } change)
        {
            return Refusal.NotFound("That change is no longer waiting (it was decided, or the LMS sent a newer one) or belongs to another LMS; nothing was changed.").AsPage(NotChanged);
        }

        await decide(change, await scope.ActorAsync(session, cancellationToken), cancellationToken);
        return await RenderAsync(session, limit, approvals, sessions, $"{change.Registration!.Issuer}: the change is {result}.", cancellationToken);
    }

    private static async Task<IResult> RenderAsync(
        ToolSession session, string? issuerLimit, RegistrationApprovals approvals, SessionTokenIssuer sessions, string? notice,
        CancellationToken cancellationToken) =>
        new RazorComponentResult<RegistrationsPage>(new
        {
            Registrations = await approvals.ListAsync(issuerLimit, cancellationToken),
            IssuerLimit = issuerLimit,
            SessionToken = await sessions.IssueAsync(session, cancellationToken),
            Notice = notice,
        });

    private static IResult NotAdmin() =>
        Refusal.Forbidden("Only an LMS system or institution administrator, launching LtiPathways from the LMS, can manage registrations.").AsPage(AdministratorsOnly);
}
