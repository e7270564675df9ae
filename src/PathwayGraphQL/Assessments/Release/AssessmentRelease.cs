using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Grading;
using LtiPathways.PathwayGraphQL.Library;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Assessments.Release;

/// <summary>
/// Releases rubric marks through GradeRelease: the rubric's LMS points and feedback become the grade, and the assessment's
/// release, its snapshot for the student, the grade and the outbox score commit in GradeRelease's one SaveChanges.
/// </summary>
public class AssessmentRelease(PathwaysDbContext db, RubricLibrary library, GradeRelease release, TimeProvider clock)
{
    public static readonly Refusal NotATeacher = Refusal.Forbidden("Only teachers of this course can release marks.");

    /// <summary>Null students means everyone with complete marks not yet released.</summary>
    public async Task<Outcome<MarksReleased>> ReleaseAsync(
        AssessmentScope scope, Viewer teacher, IReadOnlyList<Guid>? students, CancellationToken cancellationToken)
    {
        if (!teacher.IsStaff)
        {
            return NotATeacher;
        }
        var query = db.RubricAssessments.Where(a => a.AssignmentId == scope.AssignmentId && a.Kind == scope.FinalKind);
        query = students is null ? query.Where(a => a.Status == AssessmentStatus.Draft) : query.Where(a => students.Contains(a.StudentUserId));
        var assessments = await query.ToListAsync(cancellationToken);
        if (students is not null && assessments.Count == 0)
        {
            return Refusal.Invalid(scope.Settings.DoubleMarking
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
                    return Refusal.Invalid("Mark every criterion before releasing; the LMS only gets complete marks.");
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
                AssessmentId = assessment.Id, SavedByUserId = teacher.PersonId, SelectionsJson = assessment.SelectionsJson,
                OverallComment = assessment.OverallComment, Reason = ReleasedReason, SavedAt = now,
            });
        }
        if (drafts.Count == 0)
        {
            return Refusal.Invalid(skipped > 0 ? $"None of the marks are complete; {skipped} still have criteria to mark." : "There are no new marks to release.");
        }
        var released = await release.ReleaseAsync(scope.Launch, teacher, drafts, cancellationToken);
        return released.Succeeded ? new MarksReleased(released.Value, skipped) : released.Refusal;
    }

    /// <summary>Puts a student's failed score back in the queue; the value is how many scores were queued again.</summary>
    public async Task<Outcome<int>> RetryAsync(AssessmentScope scope, Viewer teacher, Guid student, CancellationToken cancellationToken) =>
        teacher.IsStaff ? await release.RetryAsync(scope.Launch, teacher, student, cancellationToken) : NotATeacher;

    /// <summary>The history reason of the snapshot a student sees; later drafts stay hidden until released again.</summary>
    public const string ReleasedReason = "released";
}
