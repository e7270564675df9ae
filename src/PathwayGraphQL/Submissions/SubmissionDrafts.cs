using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Submissions;

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

    /// <summary>The draft to change (added to the context when new; the caller saves), or why there is none.</summary>
    public async Task<Outcome<Submission>> OpenAsync(AssignmentAccess access, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(access, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (latest is { Status: SubmissionStatus.Draft })
        {
            latest.UpdatedAt = now;
            return latest;
        }

        if (SubmissionRules.RefuseNewAttempt(access.Policy, await SubmittedCountAsync(access, cancellationToken)) is { } refusal)
        {
            return Refusal.Declined(refusal);
        }

        var draft = new Submission
        {
            AssignmentId = access.Assignment.Id, CourseId = access.Course.Id, StudentUserId = access.UserId,
            Attempt = (latest?.Attempt ?? 0) + 1, CreatedAt = now, UpdatedAt = now,
        };
        db.Submissions.Add(draft);
        return draft;
    }

    private IQueryable<Submission> Mine(AssignmentAccess access) =>
        db.Submissions.Where(s => s.AssignmentId == access.Assignment.Id && s.CourseId == access.Course.Id && s.StudentUserId == access.UserId);
}
