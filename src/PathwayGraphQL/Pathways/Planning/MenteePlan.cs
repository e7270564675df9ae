using LtiPathways.PathwayGraphQL.Pathways.Rules;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>One of a mentor's mentees at the institution, and their plan's worst status when they started one.</summary>
public sealed record MenteePlan(Guid StudentUserId, string Name, Guid? PlanId, RequirementStatus? Overall);
