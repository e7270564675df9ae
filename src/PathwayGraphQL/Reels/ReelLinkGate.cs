using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Reels;
using LtiPathways.PathwayGraphQL.Mentoring;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Reels;

/// <summary>
/// Opens a reel's signed link and records its uses, as <see cref="MentorLinkGate"/> does for mentors: an unknown, expired or
/// revoked link all get the same <see cref="MentorLinkGate.Closed"/> sentence.
/// </summary>
public sealed class ReelLinkGate(PathwaysDbContext db, TimeProvider clock)
{
    public async Task<Outcome<ReelLinkHolder>> OpenAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!MentorLinkSecret.LooksLikeOne(token))
        {
            return MentorLinkGate.Closed;
        }
        var hash = MentorLinkSecret.Hash(token!);
        var link = await db.ReelLinks.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (link is null)
        {
            return MentorLinkGate.Closed;
        }
        if (!link.IsOpenAt(clock.GetUtcNow().UtcDateTime))
        {
            await RecordAsync(link.Id, link.RevokedAt is null ? "Refused: the link had expired." : "Refused: the link was revoked.", cancellationToken);
            return MentorLinkGate.Closed;
        }
        return new ReelLinkHolder(link.Id, link.ReelId, link.ExpiresAt);
    }

    public Task RecordAsync(ReelLinkHolder holder, string what, CancellationToken cancellationToken = default) =>
        RecordAsync(holder.LinkId, what, cancellationToken);

    private async Task RecordAsync(Guid linkId, string what, CancellationToken cancellationToken)
    {
        db.ReelLinkUses.Add(new ReelLinkUse { ReelLinkId = linkId, What = what, At = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }
}
