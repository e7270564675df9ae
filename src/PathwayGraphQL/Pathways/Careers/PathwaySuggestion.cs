namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>A suggested pathway: how well it fits (0 to 100) and one sentence saying why, for the student.</summary>
public sealed record PathwaySuggestion(string Cluster, string Pathway, int Fit, string Reason);
