using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>A stored evaluation with the level titles it chose, criterion by criterion, in the rubric's order.</summary>
public sealed record EvaluationRow(
    Guid Id, DateTime EvaluatedAt, string EvaluatedBy, decimal Total, decimal Maximum, decimal Percentage, string Notes,
    IReadOnlyList<(Criterion Criterion, string Level)> Choices);
