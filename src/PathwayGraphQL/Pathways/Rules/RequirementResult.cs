namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>One requirement of one plan, evaluated: its status and one sentence the student understands.</summary>
public sealed record RequirementResult(string Key, string Name, RequirementStatus Status, string Sentence);
