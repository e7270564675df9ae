namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>The CP's career-related study (CRS), usually from an outside provider.</summary>
public sealed record CareerRelatedStudy(Guid Id, string Title, string Provider);
