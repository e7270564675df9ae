using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>Every cluster and every pathway of a catalogue, best fit first.</summary>
public sealed record CareerSuggestions(ValueList<ClusterSuggestion> Clusters, ValueList<PathwaySuggestion> Pathways);
