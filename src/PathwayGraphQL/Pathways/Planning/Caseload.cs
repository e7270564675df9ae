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
/// An advisor's caseload: the students of the planner course they launched from, each plan evaluated for today.
/// A fixed number of queries whatever the number of students (members, then <see cref="PlanEvaluations"/>), so a course
/// of 500 costs what a course of 5 does in round trips.
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
        var ids = students.Select(s => s.UserId).ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var evaluated = (await PlanEvaluations.OfAsync(db, new Institution(viewer.RegistrationId, viewer.DeploymentId),
            db.Plans.Where(p => ids.Contains(p.StudentUserId)), today, cancellationToken)).ToDictionary(p => p.Plan.StudentUserId);
        return students.Select(student => evaluated.TryGetValue(student.UserId, out var plan)
            ? Row(plan)
            : new CaseloadRow(student.UserId, student.Name, null, null, [])).ToValueList();
    }

    /// <summary>A student's plan as a caseload shows it: the worst status and the sentences of what is at risk, then missing.</summary>
    public static CaseloadRow Row(EvaluatedPlan plan) => new(
        plan.Plan.StudentUserId, plan.StudentName, plan.Plan.PlanId, plan.Evaluation.Overall,
        plan.Evaluation.Requirements.Where(r => r.Status is RequirementStatus.AtRisk or RequirementStatus.Missing)
            .OrderBy(r => r.Status).Select(r => r.Sentence).ToValueList());
}
