namespace LtiPathways.PathwayGraphQL.Mentoring;

/// <summary>A link just made: its token is shown this once and never stored.</summary>
public sealed record IssuedMentorLink(Guid LinkId, string Token, string MentorName, DateTime ExpiresAt);
