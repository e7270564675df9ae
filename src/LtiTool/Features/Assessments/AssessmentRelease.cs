using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>
/// Releases rubric marks through GradeRelease: the rubric's LMS points and feedback become the grade, and the assessment's
/// release, its snapshot for the student, the grade and the outbox score commit in GradeRelease's one SaveChanges.
/// </summary>
public class AssessmentRelease(PathwaysDbContext db, RubricLibrary library, GradeRelease release, TimeProvider clock)
{
    /// <summary>Null students means everyone with complete marks not yet released.</summary>
    public async Task<(string? Notice, string? Problem)> ReleaseAsync(
        AssessmentScope scope, ToolSession teacher, IReadOnlyList<Guid>? students, CancellationToken cancellationToken)
    {
        var query = db.RubricAssessments.Where(a => a.AssignmentId == scope.AssignmentId && a.Kind == scope.FinalKind);
        query = students is null ? query.Where(a => a.Status == AssessmentStatus.Draft) : query.Where(a => students.Contains(a.StudentUserId));
        var assessments = await query.ToListAsync(cancellationToken);
        if (students is not null && assessments.Count == 0)
        {
            return (null, scope.Settings.DoubleMarking
                ? "Under double marking only the moderated mark is released; resolve the marks first."
                : "Mark every criterion before releasing.");
        }
        var drafts = new List<GradeDraft>();
        var skipped = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var assessment in assessments)
        {
            var version = await library.VersionAsync(assessment.RubricId, assessment.RubricVersionNumber, cancellationToken);
            var score = version is null ? null : AssessmentMarks.Score(assessment, version, scope.ScoreMaximum);
            if (score is not { Complete: true, LmsPoints: { } points })
            {
                if (students is not null)
                {
                    return (null, "Mark every criterion before releasing; the LMS only gets complete marks.");
                }
                skipped++;
                continue;
            }
            var selections = AssessmentMarks.Selections(assessment);
            drafts.Add(new GradeDraft(assessment.StudentUserId, points.ToString(System.Globalization.CultureInfo.InvariantCulture),
                AssessmentMarks.FeedbackText(selections, version!)));
            assessment.Status = AssessmentStatus.Released;
            assessment.ReleasedAt = now;
            assessment.Version = Guid.NewGuid();
            db.AssessmentHistory.Add(new AssessmentHistoryEntry
            {
                AssessmentId = assessment.Id, SavedByUserId = teacher.UserId, SelectionsJson = assessment.SelectionsJson,
                OverallComment = assessment.OverallComment, Reason = ReleasedReason, SavedAt = now,
            });
        }
        if (drafts.Count == 0)
        {
            return (null, skipped > 0 ? $"None of the marks are complete; {skipped} still have criteria to mark." : "There are no new marks to release.");
        }
        var (notice, problem) = await release.ReleaseAsync(scope.Grading, teacher, drafts, cancellationToken);
        return problem is null && skipped > 0 ? ($"{notice} {skipped} with criteria still to mark were left as drafts.", null) : (notice, problem);
    }

    /// <summary>The history reason of the snapshot a student sees; later drafts stay hidden until released again.</summary>
    public const string ReleasedReason = "released";
}
