using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Planning;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

/// <summary>What a plan change answers: the plan as saved, the item it touched (a new one's id), the signature it added.</summary>
public sealed record PlanChangePayload(EvaluatedPlan Plan, Guid? ItemId, SignOff? SignOff, string? ClientMutationId);
