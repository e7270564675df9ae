using GraphQL.Types;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Rubrics;

public sealed class ShareScopeType : EnumerationGraphType<ShareScope>
{
    public ShareScopeType() => Name = "RubricScope";
}
