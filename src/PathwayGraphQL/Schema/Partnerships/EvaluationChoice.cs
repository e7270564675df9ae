namespace LtiPathways.PathwayGraphQL.Schema.Partnerships;

public sealed record EvaluationChoice(string CriterionId, string Criterion, string Level);
