using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>
/// Finds or starts the student's one working draft; a submitted attempt is never changed, the next change starts a new one.
/// Each change fills its own part of the draft (<see cref="SubmissionParts"/>) and leaves the others as they are.
/// </summary>
public class SubmissionDrafts(PathwaysDbContext db, TimeProvider clock)
{
    public Task<Submission?> LatestAsync(AssignmentAccess access, CancellationToken cancellationToken) =>
        Mine(access).Include(s => s.Files).OrderByDescending(s => s.Attempt).FirstOrDefaultAsync(cancellationToken);

    public Task<int> SubmittedCountAsync(AssignmentAccess access, CancellationToken cancellationToken) =>
        Mine(access).CountAsync(s => s.Status == SubmissionStatus.Submitted, cancellationToken);

    /// <summary>The draft to change (added to the context when new; the caller saves), or the sentence saying why there is none.</summary>
    public async Task<(Submission? Draft, string? Refusal)> OpenAsync(AssignmentAccess access, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(access, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (latest is { Status: SubmissionStatus.Draft })
        {
            latest.UpdatedAt = now;
            return (latest, null);
        }

        if (SubmissionRules.RefuseNewAttempt(access.Policy, await SubmittedCountAsync(access, cancellationToken)) is { } refusal)
        {
            return (null, refusal);
        }

        var draft = new Submission
        {
            AssignmentId = access.Assignment.Id, CourseId = access.Course.Id, StudentUserId = access.UserId,
            Attempt = (latest?.Attempt ?? 0) + 1, CreatedAt = now, UpdatedAt = now,
        };
        db.Submissions.Add(draft);
        return (draft, null);
    }

    private IQueryable<Submission> Mine(AssignmentAccess access) =>
        db.Submissions.Where(s => s.AssignmentId == access.Assignment.Id && s.CourseId == access.Course.Id && s.StudentUserId == access.UserId);
}
