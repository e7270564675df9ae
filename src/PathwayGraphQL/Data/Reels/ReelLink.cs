namespace LtiPathways.PathwayGraphQL.Data.Reels;

/// <summary>
/// A read-only signed link to one reel, for parents and mentors. Its token has the form of every signed link
/// (<see cref="Mentoring.MentorLink"/>'s): only its SHA-256 is kept, and it works until <see cref="ExpiresAt"/> unless revoked.
/// </summary>
public class ReelLink
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ReelId { get; set; }

    /// <summary>The token's SHA-256, lower-case hex.</summary>
    public required string TokenHash { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public List<ReelLinkUse> Uses { get; set; } = [];

    public bool IsOpenAt(DateTime now) => RevokedAt is null && now < ExpiresAt;
}
