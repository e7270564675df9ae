using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>The students a mentor follows (named by the platform in <c>role_scope_mentor</c>) at the viewer's institution, with their plans.</summary>
public sealed class MenteePlans(PathwaysDbContext db, TimeProvider clock)
{
    public async Task<Outcome<ValueList<MenteePlan>>> OfMentorAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        var subjects = await db.Mentorships.AsNoTracking()
            .Where(m => m.RegistrationId == viewer.RegistrationId && m.MentorUserId == viewer.PersonId)
            .Select(m => m.MenteeSubject).ToListAsync(cancellationToken);
        var students = await db.Users.AsNoTracking()
            .Where(u => u.RegistrationId == viewer.RegistrationId && subjects.Contains(u.Subject))
            .Select(u => new { u.Id, u.Name }).OrderBy(u => u.Name).ToListAsync(cancellationToken);
        var ids = students.Select(s => s.Id).ToList();
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.RegistrationId == viewer.RegistrationId && p.DeploymentId == viewer.DeploymentId && ids.Contains(p.StudentUserId))
            .ToListAsync(cancellationToken);
        var rows = new List<MenteePlan>();
        foreach (var student in students)
        {
            var plan = plans.FirstOrDefault(p => p.StudentUserId == student.Id);
            RequirementStatus? overall = null;
            if (plan is not null)
            {
                // A mentor follows a handful of students: one evaluation each is cheaper than a caseload's batching.
                var snapshot = await PlanVersions.SnapshotAsync(db, plan, plan.CurrentVersion, cancellationToken);
                var template = await PlanTemplates.OfAsync(db, plan, cancellationToken);
                var inputs = await PlanInputs.OfAsync(db, plan, snapshot.Document, cancellationToken);
                overall = inputs.Evaluate(template, snapshot.Document, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Overall;
            }
            rows.Add(new MenteePlan(student.Id, student.Name, plan?.Id, overall));
        }
        return rows.ToValueList();
    }
}
