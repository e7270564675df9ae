using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Outcomes;

namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>A student's changes to the parts of their draft, and the submit and withdraw steps with their rules.</summary>
public class SubmissionWork(PathwaysDbContext db, SubmissionDrafts drafts, SubmittedScore score, ILinkAddressRule links, TimeProvider clock)
{
    public const int MaxEssayLength = 200_000;
    public const int MaxLinkUrlLength = 2000;
    public const int MaxLinkTitleLength = 300;
    public const int MaxLinkDescriptionLength = 2000;

    public async Task<Outcome<Submission>> SaveEssayAsync(AssignmentAccess access, string markdown, CancellationToken cancellationToken)
    {
        if (access.RefuseStudentWork(SubmissionType.Essay) is { } refusal)
        {
            return refusal;
        }

        if (markdown.Length > MaxEssayLength)
        {
            return Refusal.Declined($"The essay is longer than {MaxEssayLength} characters; shorten it or submit it as a file.");
        }

        var opened = await drafts.OpenAsync(access, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }

        var draft = opened.Value;
        draft.EssayMarkdown = markdown;
        draft.EssayHtml = EssayRenderer.ToSafeHtml(markdown);
        draft.WordCount = EssayRenderer.CountWords(markdown);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    public async Task<Outcome<Submission>> SaveLinkAsync(
        AssignmentAccess access, string url, string title, string description, CancellationToken cancellationToken)
    {
        var problem = access.RefuseStudentWork(SubmissionType.Link)
            ?? Decline(url.Trim().Length > MaxLinkUrlLength ? $"Keep the web address under {MaxLinkUrlLength} characters." : null)
            ?? Decline(title.Trim().Length is 0 or > MaxLinkTitleLength
                ? $"Give the link a title of up to {MaxLinkTitleLength} characters, so it still makes sense if the page goes away." : null)
            ?? Decline(description.Trim().Length > MaxLinkDescriptionLength ? $"Keep the description under {MaxLinkDescriptionLength} characters." : null)
            ?? Decline(await links.RefuseAsync(url.Trim(), cancellationToken));
        if (problem is not null)
        {
            return problem;
        }

        var opened = await drafts.OpenAsync(access, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }

        var draft = opened.Value;
        (draft.LinkUrl, draft.LinkTitle, draft.LinkDescription) = (url.Trim(), title.Trim(), description.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    /// <summary>Takes the link part out of the draft; the other parts stay as they are.</summary>
    public async Task<Outcome<Submission>> RemoveLinkAsync(AssignmentAccess access, CancellationToken cancellationToken)
    {
        if (access.WhyNotSubmitting is { } notSubmitting)
        {
            return notSubmitting;
        }

        var latest = await drafts.LatestAsync(access, cancellationToken);
        if (latest is not { Status: SubmissionStatus.Draft } || latest.LinkUrl is null)
        {
            return Refusal.Declined("Your draft has no link to remove.");
        }

        (latest.LinkUrl, latest.LinkTitle, latest.LinkDescription) = (null, null, null);
        latest.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return latest;
    }

    public async Task<Outcome<Submission>> SubmitAsync(AssignmentAccess access, CancellationToken cancellationToken)
    {
        if (access.WhyNotSubmitting is { } notSubmitting)
        {
            return notSubmitting;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var draft = await drafts.LatestAsync(access, cancellationToken);
        if (draft is not { Status: SubmissionStatus.Draft })
        {
            return Refusal.Declined("There is no draft to submit; write or upload your work first.");
        }

        var refusal = SubmissionRules.RefuseSubmit(access.DueAt, access.Policy, await drafts.SubmittedCountAsync(access, cancellationToken), now)
            ?? SubmissionRules.RefuseParts(draft, access.AllowedTypes, access.Policy);
        if (refusal is not null)
        {
            return Refusal.Declined(refusal);
        }

        draft.Status = SubmissionStatus.Submitted;
        draft.SubmittedAt = now;
        draft.UpdatedAt = now;
        draft.IsLate = SubmissionRules.Deadline(access.DueAt, access.Policy, now) == DeadlineState.Late;
        await score.AddAsync(access, draft, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    public async Task<Outcome<Submission>> WithdrawAsync(AssignmentAccess access, CancellationToken cancellationToken)
    {
        if (access.WhyNotSubmitting is { } notSubmitting)
        {
            return notSubmitting;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var latest = await drafts.LatestAsync(access, cancellationToken);
        if (latest is null)
        {
            return Refusal.Declined("There is nothing submitted to withdraw.");
        }

        if (SubmissionRules.RefuseWithdraw(latest, access.DueAt, access.Policy, now) is { } refusal)
        {
            return Refusal.Declined(refusal);
        }

        latest.Status = SubmissionStatus.Withdrawn;
        latest.WithdrawnAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return latest;
    }

    private static Refusal? Decline(string? sentence) => sentence is null ? null : Refusal.Declined(sentence);
}
