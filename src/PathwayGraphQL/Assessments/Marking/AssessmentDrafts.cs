using System.Text.Json.Nodes;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Assessments.Peer;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Library;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Assessments.Marking;

/// <summary>
/// Autosaved marks. A save names the version it started from; if someone saved since, the answer is a conflict with both
/// versions, and the losing marks are kept as a history row, so no one's work is overwritten or lost.
/// </summary>
public class AssessmentDrafts(PathwaysDbContext db, RubricLibrary library, PeerRoster peers, TimeProvider clock)
{
    public async Task<Outcome<DraftResult>> SaveAsync(AssessmentScope scope, Viewer viewer, DraftRequest request, CancellationToken cancellationToken)
    {
        if (Permission(scope, viewer, request) is not { } kind)
        {
            return Refusal.Forbidden("You may not save these marks: teachers mark students' work, and students only their own self-assessment or their allocated classmates' work, when the teacher allows it.");
        }
        if (kind == AssessmentKind.Peer && !(await peers.AllocatedToAsync(scope, viewer.PersonId, cancellationToken)).Contains(request.Student))
        {
            return Refusal.Forbidden("You may only assess the classmates allocated to you for peer review.");
        }
        var isStudent = await db.Memberships.AnyAsync(m => m.CourseId == scope.Launch.Course.Id && m.UserId == request.Student
            && m.Role == CourseRole.Student && m.Active, cancellationToken);
        if (!isStudent)
        {
            return Refusal.NotFound("That student is not in this course; reload the page.");
        }
        var marks = SelectionsJson.Read(request.Marks ?? []);
        if (!marks.IsValid)
        {
            return Refusal.Invalid(string.Join(" ", marks.Problems.Select(p => p.Message)));
        }
        var assessorKey = kind is AssessmentKind.Self or AssessmentKind.Peer ? viewer.PersonId : Guid.Empty;
        var existing = await db.RubricAssessments.FirstOrDefaultAsync(a => a.AssignmentId == scope.AssignmentId
            && a.StudentUserId == request.Student && a.Kind == kind && a.AssessorKey == assessorKey, cancellationToken);
        var version = existing is null ? scope.Current
            : await library.VersionAsync(existing.RubricId, existing.RubricVersionNumber, cancellationToken) ?? scope.Current;
        var scored = RubricScorer.Score(version, marks.Value!, scope.ScoreMaximum);
        if (!scored.IsValid)
        {
            return Refusal.Invalid(string.Join(" ", scored.Problems.Select(p => p.Message)));
        }
        if (existing is not null && existing.Version != request.BaseVersion)
        {
            return await ConflictAsync(existing, version, marks.Value!, scored.Value!, viewer, scope, cancellationToken);
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
        Apply(assessment, marks.Value!, viewer.PersonId, now);
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
            return await ConflictAsync(theirs, version, marks.Value!, scored.Value!, viewer, scope, cancellationToken);
        }
        return new DraftSaved(assessment.Version, now, MarkingScore.From(scored.Value!), assessment.Status);
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

    private async Task<DraftConflict> ConflictAsync(
        RubricAssessment theirs, RubricVersion version, Selections yours, ScoreResult yourScore, Viewer viewer, AssessmentScope scope,
        CancellationToken cancellationToken)
    {
        db.AssessmentHistory.Add(new AssessmentHistoryEntry
        {
            AssessmentId = theirs.Id, SavedByUserId = viewer.PersonId, SelectionsJson = SelectionsJson.Write(yours with { OverallComment = null }),
            OverallComment = yours.OverallComment ?? "", Reason = "conflict", SavedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        var name = (await ApiTokens.ActorNames.OfAsync(db, [theirs.MarkerUserId], cancellationToken)).GetValueOrDefault(theirs.MarkerUserId);
        var theirMarks = AssessmentMarks.Selections(theirs);
        return new DraftConflict(
            new MarksSnapshot(theirs.Version, JsonNode.Parse(SelectionsJson.Write(theirMarks))!, name, theirs.UpdatedAt,
                AssessmentMarks.Score(theirs, version, scope.ScoreMaximum)),
            new MarksSnapshot(null, JsonNode.Parse(SelectionsJson.Write(yours))!, null, null, MarkingScore.From(yourScore)));
    }

    private static AssessmentKind? Permission(AssessmentScope scope, Viewer viewer, DraftRequest request)
    {
        var kind = Enum.TryParse<AssessmentKind>(request.Kind ?? nameof(AssessmentKind.Teacher), out var parsed) ? parsed : (AssessmentKind?)null;
        return kind switch
        {
            AssessmentKind.Teacher when viewer.Role >= CourseRole.Teacher => kind,
            AssessmentKind.SecondMarker when viewer.Role >= CourseRole.Teacher && scope.Settings.DoubleMarking
                && (scope.Settings.SecondMarkerUserId is null || scope.Settings.SecondMarkerUserId == viewer.PersonId) => kind,
            AssessmentKind.Moderated when viewer.Role >= CourseRole.Teacher && scope.Settings.DoubleMarking => kind,
            AssessmentKind.Self when scope.Settings.SelfAssessment && request.Student == viewer.PersonId => kind,
            AssessmentKind.Peer when scope.Settings.PeerAssessment && viewer.Role == CourseRole.Student && request.Student != viewer.PersonId => kind,
            _ => null,
        };
    }
}
