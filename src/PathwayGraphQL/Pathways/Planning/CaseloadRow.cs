using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// One student of an advisor's caseload: their plan's worst status and the sentences of what needs attention
/// (at risk first, then missing). No plan yet: <see cref="PlanId"/> and <see cref="Overall"/> are null.
/// </summary>
public sealed record CaseloadRow(Guid StudentUserId, string Name, Guid? PlanId, RequirementStatus? Overall, ValueList<string> NeedsAttention);
