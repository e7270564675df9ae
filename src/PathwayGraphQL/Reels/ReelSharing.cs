using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Reels;
using LtiPathways.PathwayGraphQL.Mentoring;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Reels;

/// <summary>
/// The student shares their reel with parents and mentors by a read-only signed link (the tokens of
/// <see cref="MentorLinkSecret"/>) for 1 to 30 days, sees every use, and revokes it.
/// </summary>
public sealed class ReelSharing(PathwaysDbContext db, TimeProvider clock)
{
    public const int MaxDays = 30;
    public const int DefaultDays = 14;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome<ReelSharingView>> ViewAsync(Viewer viewer, Guid planId, CancellationToken cancellationToken = default)
    {
        var plan = await ReelAccess.ToArrangeAsync(db, viewer, planId, cancellationToken);
        if (!plan.Succeeded)
        {
            return plan.Refusal;
        }
        var links = await db.ReelLinks.AsNoTracking().Where(l => db.Reels.Any(r => r.Id == l.ReelId && r.PlanId == planId))
            .OrderByDescending(l => l.CreatedAt).ToListAsync(cancellationToken);
        var ids = links.Select(l => l.Id).ToList();
        var uses = await db.ReelLinkUses.AsNoTracking().Where(u => ids.Contains(u.ReelLinkId)).OrderByDescending(u => u.At).Take(100)
            .Select(u => new ReelLinkUseRow(u.At, u.What)).ToListAsync(cancellationToken);
        return new ReelSharingView(
            links.Select(l => new MentorLinkRow(l.Id, l.CreatedAt, l.ExpiresAt, l.RevokedAt, l.IsOpenAt(Now))).ToValueList(), uses.ToValueList());
    }

    public async Task<Outcome<IssuedReelLink>> ShareAsync(Viewer viewer, Guid planId, int days, CancellationToken cancellationToken = default)
    {
        var plan = await ReelAccess.ToArrangeAsync(db, viewer, planId, cancellationToken);
        if (!plan.Succeeded)
        {
            return plan.Refusal;
        }
        if (days is < 1 or > MaxDays)
        {
            return Refusal.Invalid($"A link to your reel works for 1 to {MaxDays} days; choose a number in between.");
        }
        var reel = await db.Reels.SingleOrDefaultAsync(r => r.PlanId == planId && db.ReelSlides.Any(s => s.ReelId == r.Id), cancellationToken);
        if (reel is null)
        {
            return Refusal.Declined("Add a slide to your reel before you share it.");
        }
        var token = MentorLinkSecret.New();
        var link = new ReelLink { ReelId = reel.Id, TokenHash = MentorLinkSecret.Hash(token), CreatedAt = Now, ExpiresAt = Now.AddDays(days) };
        db.ReelLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedReelLink(link.Id, token, link.ExpiresAt);
    }

    public async Task<Outcome<Guid>> RevokeAsync(Viewer viewer, Guid planId, Guid linkId, CancellationToken cancellationToken = default)
    {
        var plan = await ReelAccess.ToArrangeAsync(db, viewer, planId, cancellationToken);
        if (!plan.Succeeded)
        {
            return plan.Refusal;
        }
        var link = await db.ReelLinks.SingleOrDefaultAsync(l => l.Id == linkId && db.Reels.Any(r => r.Id == l.ReelId && r.PlanId == planId), cancellationToken);
        if (link is null)
        {
            return Refusal.NotFound("There is no such link to your reel.");
        }
        link.RevokedAt ??= Now;
        await db.SaveChangesAsync(cancellationToken);
        return link.Id;
    }
}
