using System.Globalization;
using LtiPathways.LtiTool.Lti.Ags;
using LtiPathways.LtiTool.Lti.Ags.Delivery;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Grading;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Grading;

/// <summary>Releases marks: each grade and its outbox score are written by one SaveChanges, so a released grade always reaches the LMS.</summary>
public class GradeRelease(PathwaysDbContext db, ScoreOutbox outbox, GradebookColumn column, TimeProvider clock)
{
    /// <summary>Null problem on success; the notice says what happened, in the teacher's words.</summary>
    public async Task<(string? Notice, string? Problem)> ReleaseAsync(
        GradingScope scope, ToolSession teacher, IReadOnlyList<GradeDraft> drafts, CancellationToken cancellationToken)
    {
        if (drafts.Count == 0)
        {
            return (null, "Enter points for at least one student before releasing.");
        }

        var ids = drafts.Select(d => d.StudentUserId).ToList();
        var students = await db.Memberships
            .Where(m => m.CourseId == scope.Course.Id && m.Role == CourseRole.Student && m.Active && ids.Contains(m.UserId))
            .Select(m => m.User!).ToDictionaryAsync(u => u.Id, cancellationToken);
        var marks = new List<(LtiUser Student, decimal Points, string Comment)>();
        foreach (var draft in drafts)
        {
            if (!students.TryGetValue(draft.StudentUserId, out var student))
            {
                return (null, "One of the students is not a student of this course any more; reload the page.");
            }

            if (!decimal.TryParse(draft.PointsText.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var points) || points < 0
                || (scope.Assignment.PointsPossible is { } max && points > max))
            {
                var range = scope.Assignment.PointsPossible is { } m ? $"between 0 and {PointsText.Format(m)}" : "0 or more";
                return (null, $"The points for {student.Name} must be a number {range}, like 17.5.");
            }

            marks.Add((student, points, draft.Comment.Trim()));
        }

        var (lineItemUrl, columnProblem) = await column.EnsureAsync(scope, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Grades.Where(g => g.AssignmentId == scope.Assignment.Id && ids.Contains(g.StudentUserId))
            .ToDictionaryAsync(g => g.StudentUserId, cancellationToken);
        foreach (var (student, points, comment) in marks)
        {
            if (!existing.TryGetValue(student.Id, out var grade))
            {
                grade = new Grade { AssignmentId = scope.Assignment.Id, StudentUserId = student.Id };
                db.Grades.Add(grade);
            }

            grade.Points = points;
            grade.Comment = comment;
            grade.ReleasedAt = now;
            grade.GradedByUserId = teacher.UserId;
            grade.UpdatedAt = now;
            if (lineItemUrl is not null)
            {
                await outbox.EnqueueAsync(new OutboxScore(
                    scope.Registration, scope.Course.Id, scope.Assignment.Id, student, lineItemUrl,
                    points, scope.Assignment.PointsPossible ?? 100m, comment, ScoreEvent.GradeReleased), cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var who = marks.Count == 1 ? marks[0].Student.Name : $"{marks.Count} students";
        return lineItemUrl is null
            ? ($"Released to {who}. {columnProblem}", null)
            : ($"Released to {who}; the grade is on its way to the LMS gradebook.", null);
    }

    /// <summary>Puts a student's failed score back in the queue, to be sent at once.</summary>
    public async Task<string?> RetryAsync(GradingScope scope, Guid studentUserId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var requeued = await db.ScoreOutbox
            .Where(e => e.CourseId == scope.Course.Id && e.AssignmentId == scope.Assignment.Id && e.UserId == studentUserId
                && e.Status == ScoreDeliveryStatus.Failed)
            .ExecuteUpdateAsync(set => set
                .SetProperty(e => e.Status, ScoreDeliveryStatus.Queued)
                .SetProperty(e => e.NextAttemptAt, now)
                .SetProperty(e => e.LeaseOwner, (string?)null)
                .SetProperty(e => e.LeaseUntil, (DateTime?)null), cancellationToken);
        return requeued == 0 ? "There is no failed grade to retry for this student." : null;
    }
}
