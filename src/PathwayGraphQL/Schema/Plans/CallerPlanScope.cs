using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Schema.Execution;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

/// <summary>The plans a caller may list: a person's by the planner's rules, an API token's whole institution.</summary>
public static class CallerPlanScope
{
    public static async Task<PlanScope> PlanScopeAsync(this PathwaysDbContext db, GraphQLCaller caller, CancellationToken cancellationToken) =>
        caller.Person is { } person ? await PlanScope.OfAsync(db, person, cancellationToken) : PlanScope.Of(db, caller.Institution);
}
