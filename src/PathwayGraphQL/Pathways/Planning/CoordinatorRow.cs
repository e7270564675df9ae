namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>A person on an institution's coordinator list, or one an administrator may add to it.</summary>
public sealed record CoordinatorRow(Guid UserId, string Subject, string Name, string? Email, DateTime? AddedAt);
