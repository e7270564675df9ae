using LtiPathways.LtiTool.Features.Submissions;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.SubmissionReview;

/// <summary>Reads one student's work for the reviewer; every query is scoped to the session's registration, deployment and course.</summary>
public class SubmissionReviewQueries(PathwaysDbContext db)
{
    public async Task<SubmissionReviewView?> LoadAsync(
        ToolSession session, string studentSubject, string? studentNameFromLaunch, string sessionToken, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(
            c => c.Id == session.CourseId && c.DeploymentId == session.DeploymentId
                && c.Deployment!.RegistrationId == session.RegistrationId, cancellationToken);
        if (course is null)
        {
            return null;
        }

        // Only a member of this very course is looked up (the roster may list them before they ever launch).
        var membership = await db.Memberships.AsNoTracking()
            .Where(m => m.CourseId == course.Id && m.User!.RegistrationId == session.RegistrationId && m.User.Subject == studentSubject)
            .Select(m => new { m.User, m.LastLaunchAt })
            .FirstOrDefaultAsync(cancellationToken);
        var student = membership?.User;
        var assignment = await db.ResourceLinks.AsNoTracking()
            .Where(l => l.Id == session.ResourceLinkId && l.CourseId == course.Id && l.AssignmentId != null)
            .Join(db.Assignments.Where(a => a.CourseId == course.Id), l => l.AssignmentId, a => a.Id, (l, a) => a)
            .FirstOrDefaultAsync(cancellationToken);
        var grade = student is null || assignment is null
            ? null
            : await db.Grades.AsNoTracking()
                .Where(g => g.AssignmentId == assignment.Id && g.StudentUserId == student.Id)
                .Select(g => new ReviewedGrade(g.Points, g.Comment, g.ReleasedAt, g.UpdatedAt))
                .FirstOrDefaultAsync(cancellationToken);
        var submission = student is null || assignment is null
            ? null
            : await db.Submissions.AsNoTracking()
                .Where(s => s.AssignmentId == assignment.Id && s.CourseId == course.Id && s.StudentUserId == student.Id
                    && s.Status == SubmissionStatus.Submitted)
                .OrderByDescending(s => s.Attempt)
                .Select(s => new
                {
                    s.Id, s.Attempt, s.SubmittedAt, s.IsLate, Essay = !string.IsNullOrWhiteSpace(s.EssayMarkdown), Link = s.LinkUrl != null,
                    Files = s.Files.Where(f => f.Role == SubmissionFileRole.Original).Select(f => f.Part).ToList(),
                })
                .FirstOrDefaultAsync(cancellationToken);
        var name = student?.Name ?? studentNameFromLaunch ?? studentSubject;
        var reviewed = submission is null ? null : new ReviewedSubmission(
            submission.Id, submission.Attempt, SubmissionParts.Of(submission.Essay, submission.Link, submission.Files), submission.SubmittedAt, submission.IsLate);
        return new SubmissionReviewView(
            course.Title, name, membership?.LastLaunchAt is not null || grade is not null, assignment?.Id, assignment?.Title,
            assignment?.PointsPossible, grade, reviewed, sessionToken);
    }
}
