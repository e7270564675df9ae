using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Pathways.Recordings;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>
/// tus creation: the school core says who may upload what for which assignment (<see cref="UploadAllowance"/>), or for
/// which plan's reflection (<see cref="PlanRecordings"/>), and how large; then the upload starts.
/// </summary>
public class UploadCreation(
    PathwaysDbContext db, AssignmentLookup assignments, UploadAllowance allowance, PlanRecordings recordings, UploadFolder folder,
    IOptions<UploadOptions> options, TimeProvider clock)
{
    public async Task<(UploadSession? Upload, UploadProblem? Problem)> CreateAsync(
        ToolSession session, IReadOnlyDictionary<string, string> metadata, long? length, CancellationToken cancellationToken)
    {
        var kind = metadata.GetValueOrDefault("kind", "file");
        var planId = Guid.TryParse(metadata.GetValueOrDefault("plan"), out var plan) ? plan : (Guid?)null;
        var access = planId is null && Guid.TryParse(metadata.GetValueOrDefault("assignment"), out var assignmentId)
            ? await assignments.FindAsync(session.Viewer, assignmentId, cancellationToken)
            : null;
        var allowed = (planId, access) switch
        {
            ({ } id, _) => await recordings.AllowAsync(session.Viewer, id, kind, length, options.Value.MaxBytes, cancellationToken),
            (_, null) => UploadAllowance.AssignmentNotFound,
            _ => await allowance.CheckAsync(access, kind, length, options.Value.MaxBytes, cancellationToken),
        };
        if (!allowed.Succeeded)
        {
            return (null, UploadProblem.Of(allowed.Refusal));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var upload = new UploadSession
        {
            RegistrationId = session.RegistrationId, CourseId = access?.Course.Id, AssignmentId = access?.Assignment.Id, PlanId = planId,
            OwnerUserId = session.UserId, Purpose = allowed.Value.Part, DeclaredLength = length, MaxLength = allowed.Value.MaxBytes,
            OriginalName = Path.GetFileName(metadata.GetValueOrDefault("filename", "")).Trim() is { Length: > 0 and <= 255 } name ? name : "upload",
            CreatedAt = now, ExpiresAt = now + options.Value.ExpiresAfter,
        };
        Directory.CreateDirectory(folder.Root);
        await File.WriteAllBytesAsync(folder.PathOf(upload.Id), [], cancellationToken);
        db.UploadSessions.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return (upload, null);
    }
}
