using GraphQL.Types;
using GraphQL.Types.Relay;
using LtiPathways.PathwayGraphQL.Dashboards;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Plans;
using Microsoft.Extensions.Options;

namespace LtiPathways.PathwayGraphQL.Schema.Dashboards;

public sealed class ImpactType : ObjectGraphType<ImpactView>
{
    public ImpactType(IOptions<GraphQLOptions> limits)
    {
        Name = "Impact";
        Description = "Whether the programme works, year over year, as the impact page charts it.";
        Field<NonNullGraphType<ConnectionType<CohortCompletionType>>>("cohorts").Description("Oldest cohort first.").Paged()
            .Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Cohorts));
        Field<NonNullGraphType<ConnectionType<YearFiguresType>>>("years").Description("Oldest year first.").Paged()
            .Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Years));
        Field<NonNullGraphType<ConnectionType<ProviderScorecardsType>>>("scorecards").Description("By organisation.").Paged()
            .Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Scorecards));
    }
}
