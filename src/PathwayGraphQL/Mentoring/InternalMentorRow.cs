namespace LtiPathways.PathwayGraphQL.Mentoring;

public sealed record InternalMentorRow(Guid UserId, string Name, bool FromLms);
