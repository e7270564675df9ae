using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Submissions.Comments;

/// <summary>
/// Time-coded comments on a video or audio file: teachers add, list and delete their own; the student, and their
/// mentors, list them once the student's grade for the assignment is released (before that the list is empty and says so).
/// </summary>
public static class MediaCommentEndpoints
{
    public static IEndpointRouteBuilder MapMediaComments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/app/assignments/{assignmentId:guid}/files/{fileId:guid}/comments").RequireAuthorization();
        group.MapGet("/", ListAsync);
        group.MapPost("/", AddAsync);
        group.MapDelete("/{commentId:guid}", DeleteAsync);
        return routes;
    }

    private static async Task<IResult> ListAsync(
        ToolSession session, Guid assignmentId, Guid fileId, AssignmentLookup assignments, SubmissionFileAccess files, PathwaysDbContext db,
        RubricCriteria criteria, CancellationToken cancellationToken)
    {
        if (await FindAsync(session, assignmentId, fileId, assignments, files, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var released = found.Access.IsStaff || await files.GradeReleasedAsync(found.Submission, cancellationToken);
        var comments = !released ? [] : await db.MediaComments.AsNoTracking()
            .Where(c => c.SubmissionFileId == fileId)
            .OrderBy(c => c.Seconds).ThenBy(c => c.CreatedAt)
            .Join(db.Users, c => c.AuthorUserId, u => u.Id, (c, u) => new MediaCommentView(
                c.Id, c.Seconds, c.Text, c.CriterionId, null, u.Name, c.CreatedAt, c.AuthorUserId == found.Access.UserId))
            .ToListAsync(cancellationToken);
        var titles = comments.Any(c => c.CriterionId is not null)
            ? (await criteria.OfAsync(found.Access.Assignment, cancellationToken)).ToDictionary(c => c.Id, c => c.Title, StringComparer.Ordinal)
            : [];
        return TypedResults.Json(new
        {
            released,
            comments = comments.Select(c => c with { Criterion = c.CriterionId is { } id ? titles.GetValueOrDefault(id) : null }),
        });
    }

    private static async Task<IResult> AddAsync(
        ToolSession session, Guid assignmentId, Guid fileId, MediaCommentInput input, AssignmentLookup assignments, SubmissionFileAccess files,
        PathwaysDbContext db, RubricCriteria criteria, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await FindAsync(session, assignmentId, fileId, assignments, files, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        if (!found.Access.IsStaff)
        {
            return Sentence(StatusCodes.Status403Forbidden, "Only teachers comment on a submission's timeline.");
        }

        var text = input.Text?.Trim() ?? "";
        var criterion = string.IsNullOrWhiteSpace(input.CriterionId) ? null : input.CriterionId.Trim();
        var length = found.File.DurationSeconds;
        var refusal = input.Seconds is not { } at || !double.IsFinite(at) || at < 0 ? "Say where in the recording the comment goes, in seconds from the start."
            : length is { } duration && at > duration + 1 ? $"The recording is {duration:0} seconds long; a comment cannot go after its end."
            : text.Length == 0 ? "Write the comment before saving it."
            : text.Length > MediaCommentConfiguration.MaxText ? $"A comment can be at most {MediaCommentConfiguration.MaxText} characters; split it in two."
            : criterion is not null && (await criteria.OfAsync(found.Access.Assignment, cancellationToken)).All(c => c.Id != criterion)
                ? "That criterion is not in this assignment's rubric; choose one from the list or none."
            : null;
        if (refusal is not null)
        {
            return Sentence(StatusCodes.Status422UnprocessableEntity, refusal);
        }

        var comment = new MediaComment
        {
            SubmissionFileId = fileId, AuthorUserId = found.Access.UserId, Seconds = Math.Round(input.Seconds!.Value, 2), Text = text,
            CriterionId = criterion, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.MediaComments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Json(new { id = comment.Id, seconds = comment.Seconds }, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> DeleteAsync(
        ToolSession session, Guid assignmentId, Guid fileId, Guid commentId, AssignmentLookup assignments, SubmissionFileAccess files,
        PathwaysDbContext db, CancellationToken cancellationToken)
    {
        if (await FindAsync(session, assignmentId, fileId, assignments, files, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var deleted = await db.MediaComments
            .Where(c => c.Id == commentId && c.SubmissionFileId == fileId && c.AuthorUserId == found.Access.UserId)
            .ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? Sentence(StatusCodes.Status404NotFound, "That comment is not one of yours on this file.") : TypedResults.NoContent();
    }

    private static async Task<(AssignmentAccess Access, SubmissionFile File, Submission Submission)?> FindAsync(
        ToolSession session, Guid assignmentId, Guid fileId, AssignmentLookup assignments, SubmissionFileAccess files, CancellationToken cancellationToken)
    {
        if (await assignments.FindAsync(session.Viewer, assignmentId, cancellationToken) is not { } found
            || await files.FindAsync(found, fileId, cancellationToken) is not { } reached)
        {
            return null;
        }

        return (found, reached.File, reached.Submission);
    }

    private static IResult NotFound() => Sentence(StatusCodes.Status404NotFound, "That video or audio file is not in a submission you can see.");

    private static IResult Sentence(int status, string sentence) => TypedResults.Text(sentence, "text/plain; charset=utf-8", statusCode: status);
}
