using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// An advisor's caseload: the students of the planner course they launched from, each plan as its stored evaluation
/// summary says for today (<see cref="PlanSummaries"/>, the coordinator dashboard's data). A fixed number of queries
/// whatever the number of students, and no plan evaluated again unless its summary is stale.
/// </summary>
public sealed class Caseload(PathwaysDbContext db, TimeProvider clock)
{
    public async Task<Outcome<ValueList<CaseloadRow>>> OfCourseAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        var courseId = viewer.CourseId;
        var isPlannerStaff = courseId is not null && viewer.IsStaff
            && await db.Courses.AnyAsync(c => c.Id == courseId && c.DeploymentId == viewer.DeploymentId
                && db.Assignments.Any(a => a.CourseId == c.Id && a.Kind == AssignmentKind.PathwayPlanner), cancellationToken);
        if (!isPlannerStaff)
        {
            return Refusal.NotFound("A caseload belongs to a course that places the pathway planner, for its teachers.");
        }
        var students = await db.Memberships.AsNoTracking()
            .Where(m => m.CourseId == courseId && m.Active && m.Role == CourseRole.Student)
            .Select(m => new { m.UserId, m.User!.Name }).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var institution = new Institution(viewer.RegistrationId, viewer.DeploymentId);
        await new PlanSummaries(db, clock).RefreshStaleAsync(institution, cancellationToken);
        var ids = students.Select(s => s.UserId).ToList();
        var summaries = await db.PlanSummaries.AsNoTracking()
            .Where(s => s.RegistrationId == institution.RegistrationId && s.DeploymentId == institution.DeploymentId && ids.Contains(s.StudentUserId))
            .ToDictionaryAsync(s => s.StudentUserId, cancellationToken);
        return students.Select(student => summaries.TryGetValue(student.UserId, out var summary)
            ? new CaseloadRow(student.UserId, student.Name, summary.PlanId, summary.Overall, PlanSummaryFigures.Attention(summary).ToValueList())
            : new CaseloadRow(student.UserId, student.Name, null, null, [])).ToValueList();
    }

    /// <summary>A student's plan as a caseload shows it: the worst status and the sentences of what is at risk, then missing.</summary>
    public static CaseloadRow Row(EvaluatedPlan plan) => new(
        plan.Plan.StudentUserId, plan.StudentName, plan.Plan.PlanId, plan.Evaluation.Overall,
        plan.Evaluation.Requirements.Where(r => r.Status is RequirementStatus.AtRisk or RequirementStatus.Missing)
            .OrderBy(r => r.Status).Select(r => r.Sentence).ToValueList());
}
