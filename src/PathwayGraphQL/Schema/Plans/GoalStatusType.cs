using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class GoalStatusType : EnumerationGraphType<GoalStatus>
{
    public GoalStatusType() => Name = "GoalStatus";
}
