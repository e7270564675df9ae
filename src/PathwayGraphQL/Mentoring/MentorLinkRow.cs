namespace LtiPathways.PathwayGraphQL.Mentoring;

public sealed record MentorLinkRow(Guid LinkId, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt, bool IsOpen);
