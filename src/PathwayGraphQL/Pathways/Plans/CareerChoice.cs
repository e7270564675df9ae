namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>A career cluster and one pathway in it, named as in the national career-cluster framework.</summary>
public sealed record CareerChoice(string Cluster, string Pathway);
