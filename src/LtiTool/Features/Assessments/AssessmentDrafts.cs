using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Features.Assessments.Peer;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>
/// Autosaved marks. A save names the version it started from; if someone saved since, the answer is a 409 with both
/// versions, and the losing marks are kept as a history row, so no one's work is overwritten or lost.
/// </summary>
public class AssessmentDrafts(PathwaysDbContext db, RubricLibrary library, PeerRoster peers, TimeProvider clock)
{
    public async Task<DraftOutcome> SaveAsync(AssessmentScope scope, ToolSession session, DraftRequest request, CancellationToken cancellationToken)
    {
        if (Permission(scope, session, request) is not { } kind)
        {
            return Refuse(StatusCodes.Status403Forbidden, "You may not save these marks: teachers mark students' work, and students only their own self-assessment or their allocated classmates' work, when the teacher allows it.");
        }
        if (kind == AssessmentKind.Peer && !(await peers.AllocatedToAsync(scope, session.UserId, cancellationToken)).Contains(request.Student))
        {
            return Refuse(StatusCodes.Status403Forbidden, "You may only assess the classmates allocated to you for peer review.");
        }
        var isStudent = await db.Memberships.AnyAsync(m => m.CourseId == scope.Grading.Course.Id && m.UserId == request.Student
            && m.Role == CourseRole.Student && m.Active, cancellationToken);
        if (!isStudent)
        {
            return Refuse(StatusCodes.Status404NotFound, "That student is not in this course; reload the page.");
        }
        var marks = SelectionsJson.Read(request.Marks ?? []);
        if (!marks.IsValid)
        {
            return Refuse(StatusCodes.Status400BadRequest, string.Join(" ", marks.Problems.Select(p => p.Message)));
        }
        var assessorKey = kind is AssessmentKind.Self or AssessmentKind.Peer ? session.UserId : Guid.Empty;
        var existing = await db.RubricAssessments.FirstOrDefaultAsync(a => a.AssignmentId == scope.AssignmentId
            && a.StudentUserId == request.Student && a.Kind == kind && a.AssessorKey == assessorKey, cancellationToken);
        var version = existing is null ? scope.Current
            : await library.VersionAsync(existing.RubricId, existing.RubricVersionNumber, cancellationToken) ?? scope.Current;
        var scored = RubricScorer.Score(version, marks.Value!, scope.ScoreMaximum);
        if (!scored.IsValid)
        {
            return Refuse(StatusCodes.Status400BadRequest, string.Join(" ", scored.Problems.Select(p => p.Message)));
        }
        if (existing is not null && existing.Version != request.BaseVersion)
        {
            return await ConflictAsync(existing, version, marks.Value!, scored.Value!, session, scope, cancellationToken);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var assessment = existing ?? new RubricAssessment
        {
            AssignmentId = scope.AssignmentId, StudentUserId = request.Student, Kind = kind, AssessorKey = assessorKey,
            RubricId = scope.Rubric.Id, RubricVersionNumber = version.Number,
        };
        if (existing is null)
        {
            db.RubricAssessments.Add(assessment);
        }
        Apply(assessment, marks.Value!, session.UserId, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone saved between our read and our write (a concurrency token or the unique key said so): answer as a conflict.
            db.ChangeTracker.Clear();
            var theirs = await db.RubricAssessments.FirstAsync(a => a.AssignmentId == scope.AssignmentId
                && a.StudentUserId == request.Student && a.Kind == kind && a.AssessorKey == assessorKey, cancellationToken);
            return await ConflictAsync(theirs, version, marks.Value!, scored.Value!, session, scope, cancellationToken);
        }
        return new DraftOutcome(StatusCodes.Status200OK, new
        {
            version = assessment.Version, savedAt = now, score = MarkingScore.From(scored.Value!), status = assessment.Status.ToString(),
        });
    }

    /// <summary>Writes marks and a fresh concurrency version; marks changed after release wait for the next release.</summary>
    public static void Apply(RubricAssessment assessment, Selections selections, Guid markerId, DateTime now)
    {
        assessment.SelectionsJson = SelectionsJson.Write(selections with { OverallComment = null });
        assessment.OverallComment = selections.OverallComment ?? "";
        assessment.AveragedTotal = null;
        assessment.MarkerUserId = markerId;
        assessment.UpdatedAt = now;
        assessment.Version = Guid.NewGuid();
        assessment.Status = AssessmentStatus.Draft;
    }

    private async Task<DraftOutcome> ConflictAsync(
        RubricAssessment theirs, RubricVersion version, Selections yours, ScoreResult yourScore, ToolSession session, AssessmentScope scope,
        CancellationToken cancellationToken)
    {
        db.AssessmentHistory.Add(new AssessmentHistoryEntry
        {
            AssessmentId = theirs.Id, SavedByUserId = session.UserId, SelectionsJson = SelectionsJson.Write(yours with { OverallComment = null }),
            OverallComment = yours.OverallComment ?? "", Reason = "conflict", SavedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        var name = await db.Users.Where(u => u.Id == theirs.MarkerUserId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
        var theirMarks = AssessmentMarks.Selections(theirs);
        return new DraftOutcome(StatusCodes.Status409Conflict, new
        {
            problem = $"{name ?? "Someone"} saved these marks while you were marking. Both versions are below: keep theirs, take yours, or merge.",
            theirs = new MarksSnapshot(theirs.Version, JsonNode.Parse(SelectionsJson.Write(theirMarks))!, name, theirs.UpdatedAt,
                AssessmentMarks.Score(theirs, version, scope.ScoreMaximum)),
            yours = new MarksSnapshot(null, JsonNode.Parse(SelectionsJson.Write(yours))!, null, null, MarkingScore.From(yourScore)),
        });
    }

    private static AssessmentKind? Permission(AssessmentScope scope, ToolSession session, DraftRequest request)
    {
        var kind = Enum.TryParse<AssessmentKind>(request.Kind ?? nameof(AssessmentKind.Teacher), out var parsed) ? parsed : (AssessmentKind?)null;
        return kind switch
        {
            AssessmentKind.Teacher when session.Role >= CourseRole.Teacher => kind,
            AssessmentKind.SecondMarker when session.Role >= CourseRole.Teacher && scope.Settings.DoubleMarking
                && (scope.Settings.SecondMarkerUserId is null || scope.Settings.SecondMarkerUserId == session.UserId) => kind,
            AssessmentKind.Moderated when session.Role >= CourseRole.Teacher && scope.Settings.DoubleMarking => kind,
            AssessmentKind.Self when scope.Settings.SelfAssessment && request.Student == session.UserId => kind,
            AssessmentKind.Peer when scope.Settings.PeerAssessment && session.Role == CourseRole.Student && request.Student != session.UserId => kind,
            _ => null,
        };
    }

    private static DraftOutcome Refuse(int status, string sentence) => new(status, new { problem = sentence });
}
