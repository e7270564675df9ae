namespace LtiPathways.PathwayGraphQL.Reels;

/// <summary>A reel's link just made: its token is shown this once and never stored.</summary>
public sealed record IssuedReelLink(Guid LinkId, string Token, DateTime ExpiresAt);
