namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>A specific, measurable goal: what, how the student will know, and by when.</summary>
public sealed record Goal(Guid Id, string Text, string Measure, DateOnly SetOn, DateOnly TargetDate, GoalStatus Status) : IPlanItem;
