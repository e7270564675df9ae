using GraphQL.Types;
using GraphQL.Types.Relay;
using LtiPathways.PathwayGraphQL.Dashboards;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Partnerships;
using LtiPathways.PathwayGraphQL.Schema.Plans;
using Microsoft.Extensions.Options;

namespace LtiPathways.PathwayGraphQL.Schema.Dashboards;

public sealed class ProviderScorecardsType : ObjectGraphType<ProviderScorecards>
{
    public ProviderScorecardsType(IOptions<GraphQLOptions> limits)
    {
        Name = "PartnershipScorecards";
        Description = "One partnership's annual scorecards, oldest year first.";
        Field(p => p.Organisation);
        Field<NonNullGraphType<ConnectionType<ScorecardType>>>("years").Paged().Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Years));
    }
}
