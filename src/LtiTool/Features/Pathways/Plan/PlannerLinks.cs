using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Pathways.Plan;

/// <summary>Whether a launched link is a placed "Pathway planner", which opens the planner instead of an assignment page.</summary>
public sealed class PlannerLinks(PathwaysDbContext db)
{
    public Task<bool> IsPlannerAsync(Guid? assignmentId, CancellationToken cancellationToken) =>
        assignmentId is { } id
            ? db.Assignments.AnyAsync(a => a.Id == id && a.Kind == AssignmentKind.PathwayPlanner, cancellationToken)
            : Task.FromResult(false);
}
