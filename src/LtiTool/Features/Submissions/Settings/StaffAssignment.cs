using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assignments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Submissions.Settings;

/// <summary>An assignment opened by one of its course's staff, the only people who may change its settings.</summary>
public record StaffAssignment(AssignmentAccess Access, ToolSession Session)
{
    /// <summary>The assignment in the session's course (<see cref="AssignmentLookup"/>), or the page saying why it cannot be changed.</summary>
    public static async Task<(StaffAssignment? Staff, IResult? Refusal)> FindAsync(
        ToolSession session, Guid assignmentId, AssignmentLookup assignments, CancellationToken cancellationToken)
    {
        if (await assignments.FindAsync(session.Viewer, assignmentId, cancellationToken) is not { } found)
        {
            return (null, Problem(StatusCodes.Status404NotFound, "That assignment is not in the course you opened LtiPathways from."));
        }

        return found.IsStaff
            ? (new StaffAssignment(found, session), null)
            : (null, Problem(StatusCodes.Status403Forbidden, "Only the course's teachers can change this assignment's settings and accommodations."));
    }

    public static IResult Problem(int status, string sentence) =>
        new RazorComponentResult<ProblemPage>(new { Sentence = sentence }) { StatusCode = status };
}
