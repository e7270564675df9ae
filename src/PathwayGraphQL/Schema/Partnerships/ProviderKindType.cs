using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Partnerships;

namespace LtiPathways.PathwayGraphQL.Schema.Partnerships;

public sealed class ProviderKindType : EnumerationGraphType<ProviderKind>
{
    public ProviderKindType() => Name = "ProviderKind";
}
