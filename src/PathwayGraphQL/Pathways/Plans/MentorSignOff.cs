namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>A mentor's word that hours were done or a milestone reached: who (as the tool knows them) and when.</summary>
public sealed record MentorSignOff(Guid PersonId, string Name, DateTimeOffset SignedAt);
