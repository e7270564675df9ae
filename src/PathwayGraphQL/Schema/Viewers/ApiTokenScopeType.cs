using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Api;

namespace LtiPathways.PathwayGraphQL.Schema.Viewers;

public sealed class ApiTokenScopeType : EnumerationGraphType<ApiTokenScope>
{
    public ApiTokenScopeType() => Name = "ApiTokenScope";
}
