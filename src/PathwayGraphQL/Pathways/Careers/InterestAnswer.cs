namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>A student's answer to one activity of the interest inventory.</summary>
public sealed record InterestAnswer(string ItemId, Liking Liking);
