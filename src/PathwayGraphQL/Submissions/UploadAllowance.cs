using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Outcomes;

namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>Whether a student may start an upload for an assignment, before a single byte is accepted: who, which part, when and how large.</summary>
public class UploadAllowance(SubmissionDrafts drafts, TimeProvider clock)
{
    public static readonly Refusal AssignmentNotFound = Refusal.NotFound("That assignment is not in the course you opened LtiPathways from.");

    /// <param name="kind">The part named by the upload ("video", "audio", "file"); essays and links are not uploaded.</param>
    /// <param name="length">The declared size, or null while a recording's size is not known yet.</param>
    /// <param name="toolMaxBytes">The most this tool takes from anyone, whatever the assignment allows.</param>
    public async Task<Outcome<UploadAllowed>> CheckAsync(
        AssignmentAccess access, string kind, long? length, long toolMaxBytes, CancellationToken cancellationToken)
    {
        if (access.WhyNotSubmitting is { } notSubmitting)
        {
            return notSubmitting;
        }

        if (!Enum.TryParse<SubmissionType>(kind, ignoreCase: true, out var part)
            || part is SubmissionType.Essay or SubmissionType.Link || !access.AllowedTypes.Contains(part))
        {
            return Refusal.Invalid(
                $"This assignment takes {string.Join(", ", access.AllowedTypes).ToLowerInvariant()}; an upload of that kind is not one of them.");
        }

        var submitted = await drafts.SubmittedCountAsync(access, cancellationToken);
        if (SubmissionRules.RefuseSubmit(access.DueAt, access.Policy, submitted, clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            return Refusal.Conflict(refusal);
        }

        var limit = Math.Min(toolMaxBytes, access.Policy.MaxFileBytes ?? long.MaxValue);
        return length > limit
            ? Refusal.TooLarge($"This file is {Sizes.Describe(length.Value)}; the most this assignment accepts is {Sizes.Describe(limit)}.")
            : new UploadAllowed(part, limit);
    }
}
