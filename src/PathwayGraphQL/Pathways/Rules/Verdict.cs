namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>What one rule found: a status and the reason, without the requirement's name (the evaluator puts it in front).</summary>
public sealed record Verdict(RequirementStatus Status, string Reason);
