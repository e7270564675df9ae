namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>An advisor's rubric marking of a hand-in, scored by the rubric engine and kept as computed then.</summary>
public sealed record TaskMark(
    string StepId, string SelectionsJson, decimal Total, decimal Maximum, decimal Percentage, bool Passed, string Comment, string MarkedBy, DateTimeOffset MarkedAt);
