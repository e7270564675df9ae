namespace LtiPathways.PathwayGraphQL.Data.Mentoring;

/// <summary>
/// A signed link an outside mentor opens from any browser. Only the SHA-256 of its token is kept, so the database
/// cannot give a link away; it works until <see cref="ExpiresAt"/> unless revoked first.
/// </summary>
public class MentorLink
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OutsideMentorId { get; set; }
    public OutsideMentor? OutsideMentor { get; set; }

    /// <summary>The token's SHA-256, lower-case hex.</summary>
    public required string TokenHash { get; set; }

    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public Guid? RevokedByUserId { get; set; }
    public DateTime? RevokedAt { get; set; }

    public List<MentorLinkUse> Uses { get; set; } = [];

    public bool IsOpenAt(DateTime now) => RevokedAt is null && now < ExpiresAt;
}
