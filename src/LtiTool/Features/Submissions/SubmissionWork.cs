using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>A student's changes to the parts of their draft, and the submit and withdraw steps with their rules.</summary>
public class SubmissionWork(PathwaysDbContext db, SubmissionDrafts drafts, SubmittedScore score, LinkAddressGuard links, TimeProvider clock)
{
    public const int MaxEssayLength = 200_000;
    public const int MaxLinkUrlLength = 2000;
    public const int MaxLinkTitleLength = 300;
    public const int MaxLinkDescriptionLength = 2000;

    public async Task<(Submission? Draft, string? Refusal)> SaveEssayAsync(AssignmentAccess access, string markdown, CancellationToken cancellationToken)
    {
        if (access.RefuseStudentWork(SubmissionType.Essay) is { } refusal)
        {
            return (null, refusal);
        }

        if (markdown.Length > MaxEssayLength)
        {
            return (null, $"The essay is longer than {MaxEssayLength} characters; shorten it or submit it as a file.");
        }

        var (draft, cannot) = await drafts.OpenAsync(access, cancellationToken);
        if (draft is null)
        {
            return (null, cannot);
        }

        draft.EssayMarkdown = markdown;
        draft.EssayHtml = EssayRenderer.ToSafeHtml(markdown);
        draft.WordCount = EssayRenderer.CountWords(markdown);
        await db.SaveChangesAsync(cancellationToken);
        return (draft, null);
    }

    public async Task<(Submission? Draft, string? Refusal)> SaveLinkAsync(
        AssignmentAccess access, string url, string title, string description, CancellationToken cancellationToken)
    {
        var problem = access.RefuseStudentWork(SubmissionType.Link)
            ?? (url.Trim().Length > MaxLinkUrlLength ? $"Keep the web address under {MaxLinkUrlLength} characters." : null)
            ?? (title.Trim().Length is 0 or > MaxLinkTitleLength
                ? $"Give the link a title of up to {MaxLinkTitleLength} characters, so it still makes sense if the page goes away." : null)
            ?? (description.Trim().Length > MaxLinkDescriptionLength ? $"Keep the description under {MaxLinkDescriptionLength} characters." : null)
            ?? await links.RefuseAsync(url.Trim(), cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        var (draft, cannot) = await drafts.OpenAsync(access, cancellationToken);
        if (draft is null)
        {
            return (null, cannot);
        }

        (draft.LinkUrl, draft.LinkTitle, draft.LinkDescription) = (url.Trim(), title.Trim(), description.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return (draft, null);
    }

    /// <summary>Takes the link part out of the draft; the other parts stay as they are.</summary>
    public async Task<string?> RemoveLinkAsync(AssignmentAccess access, CancellationToken cancellationToken)
    {
        var latest = await drafts.LatestAsync(access, cancellationToken);
        if (latest is not { Status: SubmissionStatus.Draft } || latest.LinkUrl is null)
        {
            return "Your draft has no link to remove.";
        }

        (latest.LinkUrl, latest.LinkTitle, latest.LinkDescription) = (null, null, null);
        latest.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<(Submission? Submitted, string? Refusal)> SubmitAsync(AssignmentAccess access, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = await drafts.LatestAsync(access, cancellationToken);
        var refusal = access.WhyNotSubmitting;
        refusal ??= draft is not { Status: SubmissionStatus.Draft } ? "There is no draft to submit; write or upload your work first." : null;
        refusal ??= SubmissionRules.RefuseSubmit(access.DueAt, access.Policy, await drafts.SubmittedCountAsync(access, cancellationToken), now);
        refusal ??= SubmissionRules.RefuseParts(draft!, access.AllowedTypes, access.Policy);
        if (refusal is not null)
        {
            return (null, refusal);
        }

        draft!.Status = SubmissionStatus.Submitted;
        draft.SubmittedAt = now;
        draft.UpdatedAt = now;
        draft.IsLate = SubmissionRules.Deadline(access.DueAt, access.Policy, now) == DeadlineState.Late;
        await score.AddAsync(access, draft, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (draft, null);
    }

    public async Task<string?> WithdrawAsync(AssignmentAccess access, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var latest = await drafts.LatestAsync(access, cancellationToken);
        var refusal = latest is null ? "There is nothing submitted to withdraw." : SubmissionRules.RefuseWithdraw(latest, access.DueAt, access.Policy, now);
        if (refusal is not null)
        {
            return refusal;
        }

        latest!.Status = SubmissionStatus.Withdrawn;
        latest.WithdrawnAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
