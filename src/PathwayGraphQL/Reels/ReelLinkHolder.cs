namespace LtiPathways.PathwayGraphQL.Reels;

/// <summary>Whoever opened a live link to a reel: no person, only the one reel the link names, until it expires.</summary>
public sealed record ReelLinkHolder(Guid LinkId, Guid ReelId, DateTime ExpiresAt);
