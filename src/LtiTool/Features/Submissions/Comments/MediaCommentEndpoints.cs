using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions.Comments;

/// <summary>
/// Time-coded comments on a video or audio file (<see cref="MediaComments"/>): teachers add, list and delete their own;
/// the student, and their mentors, list them once the student's grade is released (before that the list is empty and says so).
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
        ToolSession session, Guid assignmentId, Guid fileId, AssignmentLookup assignments, MediaComments comments, CancellationToken cancellationToken)
    {
        if (await assignments.FindAsync(session.Viewer, assignmentId, cancellationToken) is not { } access)
        {
            return MediaComments.FileNotFound.AsText();
        }

        var listed = await comments.ListAsync(access, fileId, cancellationToken);
        return listed.Succeeded
            ? TypedResults.Json(new { released = listed.Value.Released, comments = listed.Value.Comments })
            : listed.Refusal.AsText();
    }

    private static async Task<IResult> AddAsync(
        ToolSession session, Guid assignmentId, Guid fileId, MediaCommentInput input, AssignmentLookup assignments, MediaComments comments,
        CancellationToken cancellationToken)
    {
        if (await assignments.FindAsync(session.Viewer, assignmentId, cancellationToken) is not { } access)
        {
            return MediaComments.FileNotFound.AsText();
        }

        var added = await comments.AddAsync(access, fileId, input.Seconds, input.Text, input.CriterionId, cancellationToken);
        return added.Succeeded
            ? TypedResults.Json(new { id = added.Value.Id, seconds = added.Value.Seconds }, statusCode: StatusCodes.Status201Created)
            : added.Refusal.AsText();
    }

    private static async Task<IResult> DeleteAsync(
        ToolSession session, Guid assignmentId, Guid fileId, Guid commentId, AssignmentLookup assignments, MediaComments comments,
        CancellationToken cancellationToken)
    {
        if (await assignments.FindAsync(session.Viewer, assignmentId, cancellationToken) is not { } access)
        {
            return MediaComments.FileNotFound.AsText();
        }

        return await comments.DeleteAsync(access, fileId, commentId, cancellationToken) is { } refusal ? refusal.AsText() : TypedResults.NoContent();
    }
}
