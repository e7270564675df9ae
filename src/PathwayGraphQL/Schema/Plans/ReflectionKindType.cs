using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class ReflectionKindType : EnumerationGraphType<ReflectionKind>
{
    public ReflectionKindType() => Name = "ReflectionKind";
}
