using LtiPathways.LtiTool.Features.Submissions.Settings;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assignments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Submissions.Accommodations;

/// <summary>Staff grant one student a later due date or another way to submit, change it, or remove it.</summary>
public static class AccommodationEndpoints
{
    public static RouteGroupBuilder MapAccommodations(this RouteGroupBuilder assignment)
    {
        assignment.MapGet("/accommodations", ShowAsync);
        assignment.MapPost("/accommodations", SaveAsync);
        assignment.MapPost("/accommodations/remove", RemoveAsync);
        return assignment;
    }

    private static async Task<IResult> ShowAsync(
        ToolSession session, Guid assignmentId, Guid? student, AssignmentLookup assignments, StudentAccommodations accommodations,
        SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var (staff, refusal) = await StaffAssignment.FindAsync(session, assignmentId, assignments, cancellationToken);
        if (staff is null)
        {
            return refusal!;
        }

        // "Change" links here with the student chosen, and their current accommodation filled in.
        var form = student is { } id
            ? await accommodations.FindAsync(staff.Access, id, cancellationToken) is { } existing
                ? AccommodationForm.From(existing)
                : AccommodationForm.Blank with { Student = id.ToString() }
            : AccommodationForm.Blank;
        return await PageAsync(staff, form, [], null, StatusCodes.Status200OK, accommodations, sessions, cancellationToken);
    }

    private static async Task<IResult> SaveAsync(
        ToolSession session, Guid assignmentId, IFormCollection form, AssignmentLookup assignments, StudentAccommodations accommodations,
        AccommodationGrants grants, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var (staff, refusal) = await StaffAssignment.FindAsync(session, assignmentId, assignments, cancellationToken);
        if (staff is null)
        {
            return refusal!;
        }

        var typed = AccommodationForm.Read(form);
        var errors = typed.Validate(staff.Access, await accommodations.StudentsAsync(staff.Access, cancellationToken));
        if (errors.Count > 0)
        {
            return await PageAsync(staff, typed, errors, null, StatusCodes.Status400BadRequest, accommodations, sessions, cancellationToken);
        }

        if (await grants.GrantAsync(staff.Access, typed.ToGrant(), cancellationToken) is { } refused)
        {
            return refused.AsPage();
        }

        return await PageAsync(staff, AccommodationForm.Blank, [], "Accommodation saved.", StatusCodes.Status200OK, accommodations, sessions, cancellationToken);
    }

    private static async Task<IResult> RemoveAsync(
        ToolSession session, Guid assignmentId, IFormCollection form, AssignmentLookup assignments, StudentAccommodations accommodations,
        AccommodationGrants grants, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var (staff, refusal) = await StaffAssignment.FindAsync(session, assignmentId, assignments, cancellationToken);
        if (staff is null)
        {
            return refusal!;
        }

        var refused = Guid.TryParse(form["student"], out var student)
            ? await grants.RemoveAsync(staff.Access, student, cancellationToken)
            : AccommodationGrants.NothingToRemove;
        if (refused is not null)
        {
            FormError[] problem = [new("student", refused.Sentence)];
            return await PageAsync(staff, AccommodationForm.Blank, problem, null, refused.StatusCode(), accommodations, sessions, cancellationToken);
        }

        return await PageAsync(staff, AccommodationForm.Blank, [], "Accommodation removed; the class's settings apply to that student again.",
            StatusCodes.Status200OK, accommodations, sessions, cancellationToken);
    }

    private static async Task<IResult> PageAsync(
        StaffAssignment staff, AccommodationForm form, IReadOnlyList<FormError> errors, string? notice, int status,
        StudentAccommodations accommodations, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var access = staff.Access;
        var view = new AccommodationsView(
            access.Assignment.Id, access.Course.Title, access.Assignment.Title, access.Assignment.DueAt, access.ClassTypes,
            await accommodations.StudentsAsync(access, cancellationToken), await accommodations.ListAsync(access, cancellationToken),
            form, errors, await sessions.IssueAsync(staff.Session, cancellationToken), notice);
        return new RazorComponentResult<AccommodationsPage>(new { View = view }) { StatusCode = status };
    }
}
