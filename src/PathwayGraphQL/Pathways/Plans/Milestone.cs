namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>A dated step, on the way to one goal or standing on its own.</summary>
public sealed record Milestone(Guid Id, string Title, DateOnly Due, DateOnly? CompletedOn, Guid? GoalId) : IPlanItem;
