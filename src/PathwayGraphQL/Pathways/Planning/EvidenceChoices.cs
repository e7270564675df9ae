using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// What a student may link as evidence: their handed-in submissions and released rubric assessments in any course of
/// the plan's institution, the same set <see cref="EvidenceOwnership"/> accepts on save.
/// </summary>
public sealed class EvidenceChoices(PathwaysDbContext db)
{
    public async Task<Outcome<ValueList<EvidenceChoice>>> ForPlanAsync(Viewer viewer, Guid planId, CancellationToken cancellationToken = default)
    {
        var opened = await PlanAccess.OpenAsync(db, viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var (plan, capacity) = opened.Value;
        if (capacity != PlanCapacity.Owner)
        {
            return Refusal.Forbidden("Only the student links their own work to their plan.");
        }
        var courses = db.Courses.Where(c => c.DeploymentId == plan.DeploymentId).Select(c => c.Id);
        var submissions = await db.Submissions.AsNoTracking()
            .Where(s => s.StudentUserId == plan.StudentUserId && s.Status == SubmissionStatus.Submitted && courses.Contains(s.CourseId))
            .Join(db.Assignments, s => s.AssignmentId, a => a.Id, (s, a) => new { s.Id, a.Title, s.SubmittedAt })
            .OrderByDescending(s => s.SubmittedAt).ToListAsync(cancellationToken);
        var assessments = await db.RubricAssessments.AsNoTracking()
            .Where(r => r.StudentUserId == plan.StudentUserId && r.Status == AssessmentStatus.Released)
            .Join(db.Assignments.Where(a => courses.Contains(a.CourseId)), r => r.AssignmentId, a => a.Id, (r, a) => new { r.Id, a.Title, r.ReleasedAt })
            .OrderByDescending(r => r.ReleasedAt).ToListAsync(cancellationToken);
        return submissions
            .Select(s => new EvidenceChoice(EvidenceSource.Submission, s.Id, $"{s.Title} (handed in {Day(s.SubmittedAt)})"))
            .Concat(assessments.Select(r => new EvidenceChoice(EvidenceSource.RubricAssessment, r.Id, $"{r.Title}: rubric assessment released {Day(r.ReleasedAt)}")))
            .ToValueList();
    }

    private static string Day(DateTime? at) => PlanDiff.Day(at is { } moment ? DateOnly.FromDateTime(moment) : null);
}
