using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// An advisor's caseload: the students of the planner course they launched from, each plan evaluated for today.
/// A fixed number of queries whatever the number of students (members, plans with their current versions, templates,
/// released results), so a course of 500 costs what a course of 5 does in round trips.
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
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.RegistrationId == viewer.RegistrationId && p.DeploymentId == viewer.DeploymentId && ids.Contains(p.StudentUserId))
            .Join(db.PlanVersions, p => new { PlanId = p.Id, Number = p.CurrentVersion }, v => new { v.PlanId, v.Number }, (p, v) => new { Plan = p, Version = v })
            .ToListAsync(cancellationToken);
        var templates = await TemplatesAsync(viewer, plans.Select(p => p.Plan.TemplateKey).Distinct().ToList(), cancellationToken);
        var documents = plans.ToDictionary(p => p.Plan.StudentUserId, p => (p.Plan, Document: PlanVersions.Document(p.Version)));
        var released = await ReleasedResults.OfAsync(db, ids, documents.Values.SelectMany(d => d.Document.Evidence), cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return students.Select(student =>
        {
            if (!documents.TryGetValue(student.UserId, out var plan))
            {
                return new CaseloadRow(student.UserId, student.Name, null, null, []);
            }
            var evaluation = PlanEvaluator.Evaluate(templates[(plan.Plan.TemplateKey, plan.Plan.TemplateVersion)], plan.Document, today, released);
            var attention = evaluation.Requirements.Where(r => r.Status is RequirementStatus.AtRisk or RequirementStatus.Missing)
                .OrderBy(r => r.Status).Select(r => r.Sentence).ToValueList();
            return new CaseloadRow(student.UserId, student.Name, plan.Plan.Id, evaluation.Overall, attention);
        }).ToValueList();
    }

    private async Task<Dictionary<(string, int), PlanTemplate>> TemplatesAsync(Viewer viewer, List<string> keys, CancellationToken cancellationToken)
    {
        var rows = await db.PlanTemplates.AsNoTracking()
            .Where(t => t.RegistrationId == viewer.RegistrationId && t.DeploymentId == viewer.DeploymentId && keys.Contains(t.Key))
            .Select(t => t.TemplateJson).ToListAsync(cancellationToken);
        return rows.Select(json => PlanTemplateJson.Read(json).Value!).ToDictionary(t => (t.Key, t.Version));
    }
}
