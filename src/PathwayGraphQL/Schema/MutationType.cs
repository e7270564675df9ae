using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Schema.Grading;
using LtiPathways.PathwayGraphQL.Schema.Plans;

namespace LtiPathways.PathwayGraphQL.Schema;

/// <summary>Every change the API makes, each area's fields added by its own class.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        PlanMutations.AddTo(this);
        GradingMutations.AddTo(this);
    }
}
