using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Grading;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Grading;

/// <summary>Reads the assignment pages, for an assignment LaunchedAssignments found through the viewer's course and link.</summary>
public class GradingQueries(PathwaysDbContext db)
{
    public async Task<AssignmentView> TeacherViewAsync(LaunchedAssignment scope, string token, CancellationToken cancellationToken)
    {
        var students = await db.Memberships.AsNoTracking()
            .Where(m => m.CourseId == scope.Course.Id && m.Role == CourseRole.Student && m.Active)
            .Select(m => new { m.UserId, m.User!.Name })
            .OrderBy(m => m.Name)
            .ToListAsync(cancellationToken);
        var grades = await db.Grades.AsNoTracking()
            .Where(g => g.AssignmentId == scope.Assignment.Id)
            .ToDictionaryAsync(g => g.StudentUserId, cancellationToken);
        var latest = (await db.ScoreOutbox.AsNoTracking()
                .Where(e => e.CourseId == scope.Course.Id && e.AssignmentId == scope.Assignment.Id)
                .Select(e => new { e.UserId, e.Timestamp, e.Status, e.LastError })
                .ToListAsync(cancellationToken))
            .GroupBy(e => e.UserId)
            .ToDictionary(g => g.Key, g => g.MaxBy(e => e.Timestamp)!);

        var work = (await db.Submissions.AsNoTracking()
                .Where(w => w.CourseId == scope.Course.Id && w.AssignmentId == scope.Assignment.Id)
                .Select(w => new { w.StudentUserId, w.Attempt, w.Status, w.IsLate })
                .ToListAsync(cancellationToken))
            .GroupBy(w => w.StudentUserId)
            .ToDictionary(g => g.Key, g => (Latest: g.MaxBy(w => w.Attempt)!, HandedIn: g.Any(w => w.Status == SubmissionStatus.Submitted)));

        var rows = students.Select(s =>
        {
            grades.TryGetValue(s.UserId, out var grade);
            var found = work.TryGetValue(s.UserId, out var w);
            var submission = found
                ? $"{w.Latest.Status}{(w.Latest.IsLate ? ", late" : "")} (attempt {w.Latest.Attempt})"
                : "Nothing yet";
            var entry = latest.GetValueOrDefault(s.UserId);
            var state = entry?.Status switch
            {
                ScoreDeliveryStatus.Queued => PassbackState.Queued,
                ScoreDeliveryStatus.Sent or ScoreDeliveryStatus.Superseded => PassbackState.Sent,
                ScoreDeliveryStatus.Failed => PassbackState.Failed,
                _ => PassbackState.NotSent,
            };
            return new StudentGradeRow(
                s.UserId, s.Name, submission, grade?.Points, grade?.Comment ?? "", grade?.ReleasedAt, state, entry?.LastError, found && w.HandedIn);
        }).OrderByDescending(r => r.HandedIn).ToList(); // stable: the roster's name order within each part
        var hasColumn = scope.Link.LineItemUrl is not null || scope.Course.LineItemsUrl is not null;
        return new AssignmentView(
            scope.Assignment.Id, scope.Course.Title, scope.Assignment.Title, scope.Assignment.Instructions, scope.Assignment.PointsPossible, hasColumn, rows, token);
    }

    public async Task<StudentGradeView> StudentViewAsync(LaunchedAssignment scope, Viewer viewer, string token, CancellationToken cancellationToken)
    {
        var name = await db.Users.Where(u => u.Id == viewer.PersonId && u.RegistrationId == viewer.RegistrationId)
            .Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var grade = await db.Grades.AsNoTracking().FirstOrDefaultAsync(
            g => g.AssignmentId == scope.Assignment.Id && g.StudentUserId == viewer.PersonId && g.ReleasedAt != null, cancellationToken);
        return new StudentGradeView(
            scope.Assignment.Id, scope.Course.Title, scope.Assignment.Title, scope.Assignment.Instructions, name, scope.Assignment.PointsPossible,
            grade?.Points, grade?.Comment, grade?.ReleasedAt, token);
    }
}
