using LtiPathways.LtiTool.Features.Submissions.Captions;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.LtiTool.Storage;
using LtiPathways.PathwayGraphQL.Pathways.Recordings;
using LtiPathways.PathwayGraphQL.Submissions;

namespace LtiPathways.LtiTool.Features.Pathways.Recordings;

/// <summary>
/// Captions on a reflection's recording, as on a submitted file: the student of the plan uploads WebVTT or SRT (the body
/// is the file) through the submissions' caption pipeline; everyone who reads the plan plays them.
/// </summary>
public static class RecordingCaptionEndpoints
{
    public static RouteGroupBuilder MapRecordingCaptions(this RouteGroupBuilder planner)
    {
        var plan = planner.MapGroup("/plans/{planId:guid}");
        plan.MapPost("/files/{fileId:guid}/captions", UploadAsync);
        plan.MapDelete("/captions/{trackId:guid}", DeleteAsync);
        return planner;
    }

    /// <summary>Where a recording's player sends its caption file.</summary>
    public static string UploadPath(Guid planId, Guid fileId) => $"{PathwayPaths.Plan(planId)}/files/{fileId}/captions";

    private static async Task<IResult> UploadAsync(
        HttpContext context, ToolSession session, Guid planId, Guid fileId, string? language, string? label, PlanRecordings recordings,
        SubmissionCaptions captions, IBlobStore store, CancellationToken cancellationToken)
    {
        var target = await recordings.CaptionTargetAsync(session.Viewer, planId, fileId, language, cancellationToken);
        return await CaptionEndpoints.StoreAsync(context, target, label, session, captions, store, cancellationToken);
    }

    private static async Task<IResult> DeleteAsync(
        ToolSession session, Guid planId, Guid trackId, PlanRecordings recordings, CancellationToken cancellationToken) =>
        await recordings.RemoveCaptionsAsync(session.Viewer, planId, trackId, cancellationToken) is { } refusal
            ? refusal.AsText()
            : TypedResults.NoContent();
}
