using System.Globalization;
using System.Text.Json.Nodes;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Grading;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>
/// The AGS score that tells the LMS "submitted, waiting for the teacher" (activityProgress Submitted, gradingProgress
/// PendingManual), added to the outbox in the caller's save; the grading worker sends it.
/// </summary>
public class SubmittedScore(PathwaysDbContext db)
{
    public const string CanvasSubmissionExtension = "https://canvas.instructure.com/lti/submission";

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
        var score = new JsonObject
        {
            ["userId"] = subject,
            ["activityProgress"] = "Submitted",
            ["gradingProgress"] = "PendingManual",
            ["timestamp"] = timestamp.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        };
        if (IsCanvas(access.Issuer))
        {
            score[CanvasSubmissionExtension] = new JsonObject
            {
                // Work of several parts has no Canvas type of its own; the teacher opens it in the tool.
                ["submission_type"] = SubmissionParts.Of(submission) switch
                {
                    [SubmissionType.Essay] => "online_text_entry",
                    [SubmissionType.Link] => "online_url",
                    _ => "basic_lti_launch",
                },
                ["submitted_at"] = submission.SubmittedAt!.Value.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            };
        }

        db.ScoreOutbox.Add(new ScoreOutboxEntry
        {
            RegistrationId = access.Course.Deployment?.RegistrationId ?? await RegistrationAsync(access, cancellationToken),
            CourseId = access.Course.Id, AssignmentId = access.Assignment.Id, UserId = submission.StudentUserId,
            LineItemUrl = lineItem, PayloadJson = score.ToJsonString(), Timestamp = timestamp, NextAttemptAt = now, CreatedAt = now,
        });
    }

    public static bool IsCanvas(string issuer) =>
        Uri.TryCreate(issuer, UriKind.Absolute, out var uri)
        && (uri.Host == "canvas.instructure.com" || uri.Host.EndsWith(".instructure.com", StringComparison.Ordinal));

    private Task<Guid> RegistrationAsync(AssignmentAccess access, CancellationToken cancellationToken) =>
        db.PlatformDeployments.Where(d => d.Id == access.Course.DeploymentId).Select(d => d.RegistrationId).SingleAsync(cancellationToken);
}
