using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.Extensions.Options;
using LtiPathways.PathwayGraphQL.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>tus creation: checks who uploads what for which assignment and how large, before a single byte is accepted.</summary>
public class UploadCreation(
    PathwaysDbContext db, AssignmentLookup assignments, SubmissionDrafts drafts, UploadFolder folder, IOptions<UploadOptions> options, TimeProvider clock)
{
    public async Task<(UploadSession? Upload, UploadProblem? Problem)> CreateAsync(
        ToolSession session, IReadOnlyDictionary<string, string> metadata, long? length, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(metadata.GetValueOrDefault("assignment"), out var assignmentId)
            || await assignments.FindAsync(session.Viewer, assignmentId, cancellationToken) is not { } found)
        {
            return Refuse(StatusCodes.Status404NotFound, "That assignment is not in the course you opened LtiPathways from.");
        }

        if (found.WhyNotSubmitting is { } notSubmitting)
        {
            return Refuse(StatusCodes.Status403Forbidden, notSubmitting.Sentence);
        }

        if (!Enum.TryParse<SubmissionType>(metadata.GetValueOrDefault("kind", "file"), ignoreCase: true, out var kind)
            || kind is SubmissionType.Essay or SubmissionType.Link || !found.AllowedTypes.Contains(kind))
        {
            return Refuse(StatusCodes.Status400BadRequest,
                $"This assignment takes {string.Join(", ", found.AllowedTypes).ToLowerInvariant()}; an upload of that kind is not one of them.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var submitted = await drafts.SubmittedCountAsync(found, cancellationToken);
        if (SubmissionRules.RefuseSubmit(found.DueAt, found.Policy, submitted, now) is { } refusal)
        {
            return Refuse(StatusCodes.Status409Conflict, refusal);
        }

        var limit = Math.Min(options.Value.MaxBytes, found.Policy.MaxFileBytes ?? long.MaxValue);
        if (length > limit)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge,
                $"This file is {Sizes.Describe(length.Value)}; the most this assignment accepts is {Sizes.Describe(limit)}.");
        }

        var upload = new UploadSession
        {
            RegistrationId = session.RegistrationId, CourseId = found.Course.Id, AssignmentId = assignmentId, OwnerUserId = session.UserId,
            Purpose = kind, DeclaredLength = length, MaxLength = limit,
            OriginalName = Path.GetFileName(metadata.GetValueOrDefault("filename", "")).Trim() is { Length: > 0 and <= 255 } name ? name : "upload",
            CreatedAt = now, ExpiresAt = now + options.Value.ExpiresAfter,
        };
        Directory.CreateDirectory(folder.Root);
        await File.WriteAllBytesAsync(folder.PathOf(upload.Id), [], cancellationToken);
        db.UploadSessions.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return (upload, null);
    }

    private static (UploadSession?, UploadProblem?) Refuse(int status, string sentence) => (null, new UploadProblem(status, sentence));
}
