using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Outcomes;

namespace LtiPathways.LtiTool.Features.Submissions.Settings;

/// <summary>An assignment opened by one of its course's staff, the only people who may change its settings.</summary>
public record StaffAssignment(AssignmentAccess Access, ToolSession Session)
{
    private static readonly Refusal NotInCourse = Refusal.NotFound("That assignment is not in the course you opened LtiPathways from.");

    /// <summary>The assignment in the session's course (<see cref="AssignmentLookup"/>), or the page saying why it cannot be changed.</summary>
    public static async Task<(StaffAssignment? Staff, IResult? Refusal)> FindAsync(
        ToolSession session, Guid assignmentId, AssignmentLookup assignments, CancellationToken cancellationToken) =>
        await assignments.FindAsync(session.Viewer, assignmentId, cancellationToken) switch
        {
            null => (null, NotInCourse.AsPage()),
            { WhyNotChangingSettings: { } refusal } => (null, refusal.AsPage()),
            var found => (new StaffAssignment(found, session), null),
        };
}
