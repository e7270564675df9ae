using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Grading;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>
/// The score that tells the LMS "submitted, waiting for the teacher" (activityProgress Submitted, gradingProgress
/// PendingManual), added to the outbox in the caller's save; the grading worker sends it.
/// </summary>
public class SubmittedScore(PathwaysDbContext db)
{
    public async Task AddAsync(AssignmentAccess access, Submission submission, DateTime now, CancellationToken cancellationToken)
    {
        if (access.LineItemUrl is not { } lineItem)
        {
            return;
        }

        var subject = await db.Users.Where(u => u.Id == submission.StudentUserId).Select(u => u.Subject).SingleAsync(cancellationToken);
        var latest = await db.ScoreOutbox.Where(e => e.LineItemUrl == lineItem && e.UserId == submission.StudentUserId)
            .MaxAsync(e => (DateTime?)e.Timestamp, cancellationToken);

        // AGS 2.0 section 3.4.1: a score's timestamp must be later than any earlier one for the same user and line item.
        var timestamp = latest is { } previous && previous >= now ? previous.AddMilliseconds(1) : now;
        db.ScoreOutbox.Add(new ScoreOutboxEntry
        {
            RegistrationId = access.Course.Deployment?.RegistrationId ?? await RegistrationAsync(access, cancellationToken),
            CourseId = access.Course.Id, AssignmentId = access.Assignment.Id, UserId = submission.StudentUserId, LineItemUrl = lineItem,
            PlatformUserId = subject, ActivityProgress = ActivityProgress.Submitted, GradingProgress = GradingProgress.PendingManual,
            Timestamp = timestamp, Work = WorkOf(submission), SubmittedAt = submission.SubmittedAt,
            NextAttemptAt = now, CreatedAt = now,
        });
    }

    private static SubmittedWork WorkOf(Submission submission) => SubmissionParts.Of(submission) switch
    {
        [SubmissionType.Essay] => SubmittedWork.Text,
        [SubmissionType.Link] => SubmittedWork.Link,
        _ => SubmittedWork.InTool,
    };

    private Task<Guid> RegistrationAsync(AssignmentAccess access, CancellationToken cancellationToken) =>
        db.PlatformDeployments.Where(d => d.Id == access.Course.DeploymentId).Select(d => d.RegistrationId).SingleAsync(cancellationToken);
}
