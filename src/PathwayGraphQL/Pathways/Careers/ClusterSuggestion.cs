namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>A suggested cluster: it fits as well as its closest pathway, which the reason names.</summary>
public sealed record ClusterSuggestion(string Cluster, string ClosestPathway, int Fit, string Reason);
