namespace LtiPathways.PathwayGraphQL.Assessments;

/// <summary>A teacher of the course who may be chosen as second marker.</summary>
public record MarkerOption(Guid UserId, string Name);
