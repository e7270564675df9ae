using GraphQL.Types;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Rubrics;

public sealed class RubricKindType : EnumerationGraphType<RubricKind>
{
    public RubricKindType() => Name = "RubricKind";
}
