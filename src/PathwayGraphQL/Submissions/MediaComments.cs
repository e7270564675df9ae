using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>
/// Time-coded comments on a video or audio file: teachers add, list and delete their own; the student, and their
/// mentors, read them once the student's grade for the assignment is released.
/// </summary>
public class MediaComments(PathwaysDbContext db, SubmissionFileAccess files, RubricCriteria criteria, TimeProvider clock)
{
    public static readonly Refusal FileNotFound = Refusal.NotFound("That video or audio file is not in a submission you can see.");

    public async Task<Outcome<MediaCommentList>> ListAsync(AssignmentAccess access, Guid fileId, CancellationToken cancellationToken)
    {
        if (await files.FindAsync(access, fileId, cancellationToken) is not { } found)
        {
            return FileNotFound;
        }

        var released = access.IsStaff || await files.GradeReleasedAsync(found.Submission, cancellationToken);
        var comments = !released ? [] : await db.MediaComments.AsNoTracking()
            .Where(c => c.SubmissionFileId == fileId)
            .OrderBy(c => c.Seconds).ThenBy(c => c.CreatedAt)
            .Join(db.Users, c => c.AuthorUserId, u => u.Id, (c, u) => new ListedMediaComment(
                c.Id, c.Seconds, c.Text, c.CriterionId, null, u.Name, c.CreatedAt, c.AuthorUserId == access.UserId))
            .ToListAsync(cancellationToken);
        var titles = comments.Any(c => c.CriterionId is not null)
            ? (await criteria.OfAsync(access.Assignment, cancellationToken)).ToDictionary(c => c.Id, c => c.Title, StringComparer.Ordinal)
            : [];
        return new MediaCommentList(
            released, comments.Select(c => c with { Criterion = c.CriterionId is { } id ? titles.GetValueOrDefault(id) : null }).ToList());
    }

    public async Task<Outcome<MediaComment>> AddAsync(
        AssignmentAccess access, Guid fileId, double? seconds, string? text, string? criterionId, CancellationToken cancellationToken)
    {
        if (await files.FindAsync(access, fileId, cancellationToken) is not { } found)
        {
            return FileNotFound;
        }

        if (!access.IsStaff)
        {
            return Refusal.Forbidden("Only teachers comment on a submission's timeline.");
        }

        text = text?.Trim() ?? "";
        var criterion = string.IsNullOrWhiteSpace(criterionId) ? null : criterionId.Trim();
        var length = found.File.DurationSeconds;
        var refusal = seconds is not { } at || !double.IsFinite(at) || at < 0 ? "Say where in the recording the comment goes, in seconds from the start."
            : length is { } duration && at > duration + 1 ? $"The recording is {duration:0} seconds long; a comment cannot go after its end."
            : text.Length == 0 ? "Write the comment before saving it."
            : text.Length > MediaCommentConfiguration.MaxText ? $"A comment can be at most {MediaCommentConfiguration.MaxText} characters; split it in two."
            : criterion is not null && (await criteria.OfAsync(access.Assignment, cancellationToken)).All(c => c.Id != criterion)
                ? "That criterion is not in this assignment's rubric; choose one from the list or none."
            : null;
        if (refusal is not null)
        {
            return Refusal.Declined(refusal);
        }

        var comment = new MediaComment
        {
            SubmissionFileId = fileId, AuthorUserId = access.UserId, Seconds = Math.Round(seconds!.Value, 2), Text = text,
            CriterionId = criterion, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.MediaComments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return comment;
    }

    /// <summary>Null once deleted; a teacher deletes only their own comments.</summary>
    public async Task<Refusal?> DeleteAsync(AssignmentAccess access, Guid fileId, Guid commentId, CancellationToken cancellationToken)
    {
        if (await files.FindAsync(access, fileId, cancellationToken) is null)
        {
            return FileNotFound;
        }

        var deleted = await db.MediaComments
            .Where(c => c.Id == commentId && c.SubmissionFileId == fileId && c.AuthorUserId == access.UserId)
            .ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? Refusal.NotFound("That comment is not one of yours on this file.") : null;
    }
}
