namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>A student's career exploration as someone allowed to see their plan reads it.</summary>
public sealed record StudentExploration(Guid StudentUserId, string StudentName, PlanCapacity Capacity, CareerExplorationState State);
