using System.Globalization;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Grading;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Grading;

/// <summary>Releases marks: each grade and its outbox score are written by one SaveChanges, so a released grade always reaches the LMS.</summary>
public class GradeRelease(PathwaysDbContext db, ScoreOutbox outbox, IGradebookColumns columns, TimeProvider clock)
{
    public static readonly Refusal NotATeacher = Refusal.Forbidden("Only teachers of this course can release grades.");

    public async Task<Outcome<GradesReleased>> ReleaseAsync(
        LaunchedAssignment launched, Viewer teacher, IReadOnlyList<GradeDraft> drafts, CancellationToken cancellationToken)
    {
        if (!teacher.IsStaff)
        {
            return NotATeacher;
        }

        if (drafts.Count == 0)
        {
            return Refusal.Invalid("Enter points for at least one student before releasing.");
        }

        var ids = drafts.Select(d => d.StudentUserId).ToList();
        var students = await db.Memberships
            .Where(m => m.CourseId == launched.Course.Id && m.Role == CourseRole.Student && m.Active && ids.Contains(m.UserId))
            .Select(m => m.User!).ToDictionaryAsync(u => u.Id, cancellationToken);
        var marks = new List<(LtiUser Student, decimal Points, string Comment)>();
        foreach (var draft in drafts)
        {
            if (!students.TryGetValue(draft.StudentUserId, out var student))
            {
                return Refusal.Invalid("One of the students is not a student of this course any more; reload the page.");
            }

            if (!decimal.TryParse(draft.PointsText.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var points) || points < 0
                || (launched.Assignment.PointsPossible is { } max && points > max))
            {
                var range = launched.Assignment.PointsPossible is { } m ? $"between 0 and {m.ToString("0.##", CultureInfo.InvariantCulture)}" : "0 or more";
                return Refusal.Invalid($"The points for {student.Name} must be a number {range}, like 17.5.");
            }

            marks.Add((student, points, draft.Comment.Trim()));
        }

        var column = await columns.EnsureAsync(launched, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Grades.Where(g => g.AssignmentId == launched.Assignment.Id && ids.Contains(g.StudentUserId))
            .ToDictionaryAsync(g => g.StudentUserId, cancellationToken);
        foreach (var (student, points, comment) in marks)
        {
            if (!existing.TryGetValue(student.Id, out var grade))
            {
                grade = new Grade { AssignmentId = launched.Assignment.Id, StudentUserId = student.Id };
                db.Grades.Add(grade);
            }

            grade.Points = points;
            grade.Comment = comment;
            grade.ReleasedAt = now;
            grade.GradedByUserId = teacher.PersonId;
            grade.UpdatedAt = now;
            if (column.Url is { } lineItemUrl)
            {
                await outbox.EnqueueAsync(new OutboxScore(
                    launched.Registration, launched.Course.Id, launched.Assignment.Id, student, lineItemUrl,
                    points, launched.Assignment.PointsPossible ?? 100m, comment, ScoreEvent.GradeReleased), cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new GradesReleased(marks.Select(m => m.Student.Name).ToList(), column);
    }

    /// <summary>Puts a student's failed score back in the queue, to be sent at once; the value is how many scores were queued again.</summary>
    public async Task<Outcome<int>> RetryAsync(LaunchedAssignment launched, Viewer teacher, Guid studentUserId, CancellationToken cancellationToken)
    {
        if (!teacher.IsStaff)
        {
            return NotATeacher;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var requeued = await db.ScoreOutbox
            .Where(e => e.CourseId == launched.Course.Id && e.AssignmentId == launched.Assignment.Id && e.UserId == studentUserId
                && e.Status == ScoreDeliveryStatus.Failed)
            .ExecuteUpdateAsync(set => set
                .SetProperty(e => e.Status, ScoreDeliveryStatus.Queued)
                .SetProperty(e => e.NextAttemptAt, now)
                .SetProperty(e => e.LeaseOwner, (string?)null)
                .SetProperty(e => e.LeaseUntil, (DateTime?)null), cancellationToken);
        return requeued == 0 ? Refusal.Invalid("There is no failed grade to retry for this student.") : requeued;
    }
}
