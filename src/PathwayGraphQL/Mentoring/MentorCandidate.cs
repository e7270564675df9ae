namespace LtiPathways.PathwayGraphQL.Mentoring;

public sealed record MentorCandidate(Guid UserId, string Name);
