using LtiPathways.LtiTool.Features.Submissions.Accommodations;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assignments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Submissions.Settings;

/// <summary>The staff page that changes an existing assignment: allowed types, due date and submission policy.</summary>
public static class AssignmentSettingsEndpoints
{
    public static IEndpointRouteBuilder MapAssignmentSettings(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/app/assignments/{assignmentId:guid}").RequireAuthorization();
        group.MapGet("/settings", ShowAsync);
        group.MapPost("/settings", SaveAsync);
        group.MapAccommodations();
        return routes;
    }

    private static async Task<IResult> ShowAsync(
        ToolSession session, Guid assignmentId, AssignmentLookup assignments, SubmissionSettings settings, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        var (staff, refusal) = await StaffAssignment.FindAsync(session, assignmentId, assignments, cancellationToken);
        if (staff is null)
        {
            return refusal!;
        }

        return Page(settings.View(staff.Access, await sessions.IssueAsync(staff.Session, cancellationToken)));
    }

    private static async Task<IResult> SaveAsync(
        ToolSession session, Guid assignmentId, IFormCollection form, AssignmentLookup assignments, SubmissionSettings settings,
        AssignmentSettings assignmentSettings, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var (staff, refusal) = await StaffAssignment.FindAsync(session, assignmentId, assignments, cancellationToken);
        if (staff is null)
        {
            return refusal!;
        }

        var typed = SubmissionSettingsForm.Read(form);
        var errors = settings.Validate(typed);
        var token = await sessions.IssueAsync(staff.Session, cancellationToken);
        if (errors.Count > 0)
        {
            return Page(settings.View(staff.Access, token) with { Form = typed, Errors = errors }, StatusCodes.Status400BadRequest);
        }

        if (await assignmentSettings.SaveAsync(staff.Access, typed.ToChange(), cancellationToken) is { } refused)
        {
            return refused.AsPage();
        }

        var saved = await assignments.FindAsync(staff.Session.Viewer, assignmentId, cancellationToken);
        return Page(settings.View(saved!, token) with { Notice = "Settings saved. Students see the new rules the next time they open the assignment." });
    }

    private static RazorComponentResult<AssignmentSettingsPage> Page(AssignmentSettingsView view, int status = StatusCodes.Status200OK) =>
        new(new { View = view }) { StatusCode = status };
}
