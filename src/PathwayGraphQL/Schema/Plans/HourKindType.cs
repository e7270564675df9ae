using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class HourKindType : EnumerationGraphType<HourKind>
{
    public HourKindType() => Name = "HourKind";
}
