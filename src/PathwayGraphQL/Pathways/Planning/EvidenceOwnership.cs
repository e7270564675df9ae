using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// Links a plan gains must point at the student's own work in a course of the same institution: their submissions,
/// their released rubric assessments. Links kept from the base version are not checked again, so a later change
/// elsewhere (a course moved, an assessment reopened) never blocks the student's next save.
/// </summary>
public static class EvidenceOwnership
{
    public static async Task<Refusal?> CheckAsync(
        PathwaysDbContext db, PathwayPlan plan, PlanDocument before, PlanDocument after, CancellationToken cancellationToken = default)
    {
        var submissions = SubmissionLinks(after).Except(SubmissionLinks(before)).ToList();
        var assessments = AssessmentLinks(after).Except(AssessmentLinks(before)).ToList();
        var ownSubmissions = await db.Submissions
            .Where(s => submissions.Contains(s.Id) && s.StudentUserId == plan.StudentUserId
                && db.Courses.Any(c => c.Id == s.CourseId && c.DeploymentId == plan.DeploymentId))
            .Select(s => s.Id).ToListAsync(cancellationToken);
        var ownAssessments = await db.RubricAssessments
            .Where(a => assessments.Contains(a.Id) && a.StudentUserId == plan.StudentUserId && a.Status == AssessmentStatus.Released
                && db.Assignments.Any(x => x.Id == a.AssignmentId && db.Courses.Any(c => c.Id == x.CourseId && c.DeploymentId == plan.DeploymentId)))
            .Select(a => a.Id).ToListAsync(cancellationToken);
        var foreign = submissions.Except(ownSubmissions).Concat(assessments.Except(ownAssessments)).ToHashSet();
        return foreign.Count == 0 ? await RecordingsAsync(db, plan, before, after, cancellationToken) : Refusal.Invalid(Sentence(after, foreign));
    }

    /// <summary>A reflection's recording must be one the student made for this very plan.</summary>
    private static async Task<Refusal?> RecordingsAsync(
        PathwaysDbContext db, PathwayPlan plan, PlanDocument before, PlanDocument after, CancellationToken cancellationToken)
    {
        var added = Recordings(after).Except(Recordings(before)).ToList();
        var own = await db.SubmissionFiles
            .Where(f => added.Contains(f.Id) && f.PlanId == plan.Id && f.Role == SubmissionFileRole.Original)
            .Select(f => f.Id).ToListAsync(cancellationToken);
        var index = after.Reflections.Select((r, i) => (r, i))
            .FirstOrDefault(x => x.r.RecordingFileId is { } id && added.Contains(id) && !own.Contains(id), (null!, -1)).i;
        return index < 0 ? null : Refusal.Invalid(
            $"reflections[{index}]: that recording was not made for your plan; record or upload it again on this page.");
    }

    private static IEnumerable<Guid> Recordings(PlanDocument plan) => plan.Reflections.Select(r => r.RecordingFileId).OfType<Guid>();

    private static IEnumerable<Guid> SubmissionLinks(PlanDocument plan) =>
        plan.Evidence.Where(e => e.Source == EvidenceSource.Submission).Select(e => e.SourceId)
            .Concat(plan.ProjectArtefacts.Select(a => a.SubmissionId).OfType<Guid>());

    private static IEnumerable<Guid> AssessmentLinks(PlanDocument plan) =>
        plan.Evidence.Where(e => e.Source == EvidenceSource.RubricAssessment).Select(e => e.SourceId);

    private static string Sentence(PlanDocument plan, HashSet<Guid> foreign)
    {
        var evidence = plan.Evidence.Select((e, i) => (Place: $"evidence[{i}]", e.Title, Id: (Guid?)e.SourceId));
        var pieces = plan.ProjectArtefacts.Select((a, i) => (Place: $"projectArtefacts[{i}]", a.Title, Id: a.SubmissionId));
        var (place, title, _) = evidence.Concat(pieces).First(x => x.Id is { } id && foreign.Contains(id));
        return $"{place}: \u201c{title}\u201d is not your own handed-in work or released assessment at this school; link only your own.";
    }
}
