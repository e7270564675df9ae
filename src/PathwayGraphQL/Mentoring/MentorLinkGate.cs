using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Mentoring;

/// <summary>
/// Opens a signed link, and keeps the record of its uses. An unknown, expired or revoked link, and a student the link's
/// mentor does not follow, all get <see cref="Closed"/>: the holder learns nothing from which one it was.
/// </summary>
public sealed class MentorLinkGate(PathwaysDbContext db, TimeProvider clock)
{
    public static readonly Refusal Closed = Refusal.Forbidden(
        "This link does not open anything. It may have expired or been withdrawn; ask whoever sent it to you for a new one.");

    public async Task<Outcome<LinkHolder>> OpenAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!MentorLinkSecret.LooksLikeOne(token))
        {
            return Closed;
        }
        var hash = MentorLinkSecret.Hash(token!);
        var link = await db.MentorLinks.AsNoTracking().Include(l => l.OutsideMentor).SingleOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (link?.OutsideMentor is not { } mentor)
        {
            return Closed;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (!link.IsOpenAt(now))
        {
            await RecordAsync(link.Id, null, link.RevokedAt is null ? "Refused: the link had expired." : "Refused: the link was revoked.", cancellationToken);
            return Closed;
        }
        var name = await db.Users.Where(u => u.Id == mentor.UserId).Select(u => u.Name).SingleAsync(cancellationToken);
        var viewer = new Viewer(mentor.UserId, mentor.RegistrationId, mentor.DeploymentId, null, null, CourseRole.Mentor);
        return new LinkHolder(link.Id, viewer, name, link.ExpiresAt);
    }

    public Task RecordAsync(LinkHolder holder, Guid? studentUserId, string what, CancellationToken cancellationToken = default) =>
        RecordAsync(holder.LinkId, studentUserId, what, cancellationToken);

    private async Task RecordAsync(Guid linkId, Guid? studentUserId, string what, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        db.MentorLinkUses.Add(new MentorLinkUse { MentorLinkId = linkId, StudentUserId = studentUserId, What = Shorten(what), At = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Shorten(string what) => what.Length <= 500 ? what : what[..499] + "…";
}
