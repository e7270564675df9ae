using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>A piece of the student's own work they may link as evidence: its source, id and a title they recognise.</summary>
public sealed record EvidenceChoice(EvidenceSource Source, Guid SourceId, string Title);
