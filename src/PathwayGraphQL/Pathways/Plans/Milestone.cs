namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>A dated step, on the way to one goal or standing on its own, and the mentor who signed it off, once they have.</summary>
public sealed record Milestone(Guid Id, string Title, DateOnly Due, DateOnly? CompletedOn, Guid? GoalId, MentorSignOff? SignedOff = null) : IPlanItem;
