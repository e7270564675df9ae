using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Partnerships;

namespace LtiPathways.PathwayGraphQL.Schema.Partnerships;

public sealed class ProviderStatusType : EnumerationGraphType<ProviderStatus>
{
    public ProviderStatusType() => Name = "ProviderStatus";
}
