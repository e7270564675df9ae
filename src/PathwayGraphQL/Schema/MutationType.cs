using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Schema.Grading;

namespace LtiPathways.PathwayGraphQL.Schema;

/// <summary>Every change the API makes, each area's fields added by its own class.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        GradingMutations.AddTo(this);
    }
}
