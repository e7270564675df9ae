namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>One activity of the interest inventory and the interest type it speaks to.</summary>
public sealed record InterestItem(string Id, RiasecType Type, string Activity);
