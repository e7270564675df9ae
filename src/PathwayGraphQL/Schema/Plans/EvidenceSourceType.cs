using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class EvidenceSourceType : EnumerationGraphType<EvidenceSource>
{
    public EvidenceSourceType() => Name = "EvidenceSource";
}
