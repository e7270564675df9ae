using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using LtiPathways.PathwayGraphQL.Dashboards;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Partnerships;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Institutions;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Paging;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Dashboards;

/// <summary>
/// <c>institution { dashboard impact }</c>: the coordinator's dashboard and impact over time through the same core services
/// as their pages (<see cref="CoordinatorDashboard"/>, <see cref="ImpactOverTime"/>), for the institution's coordinators
/// and its API tokens; anyone else gets FORBIDDEN beside the rest of the answer, as the pages refuse them. The dashboard
/// reads stored summaries: a fixed number of statements whatever the page size.
/// </summary>
public static class DashboardFields
{
    public static void AddTo(ObjectGraphType<InstitutionNode> institution, GraphQLOptions limits)
    {
        institution.Field<ConnectionType<DashboardRowType>>("dashboard")
            .Description("Every CP and CTE student's plan, worst status first then by name, as the coordinator's dashboard lists them; each filter optional.")
            .Argument<IntGraphType>("cohort", "The year the plans started.")
            .Argument<StringGraphType>("pathway", "A plan template's key (its programme).")
            .Argument<StringGraphType>("provider", "The career-related study's provider, as the plans name it.")
            .Argument<DashboardRiskType>("risk", "What needs attention.")
            .Paged()
            .ResolveAsync(async context =>
            {
                var caller = await AllowedAsync(context);
                var page = Page.From(context, limits);
                var filter = new DashboardFilter(context.GetArgument<int?>("cohort"), context.GetArgument<string?>("pathway"),
                    context.GetArgument<string?>("provider"), context.GetArgument<DashboardRisk?>("risk"));
                var slice = await context.RequestServices!.GetRequiredService<CoordinatorDashboard>()
                    .SliceAsync(caller.Institution, filter, page.Offset, page.Size + 1, context.CancellationToken);
                return Connections.Of(page, slice.Rows, slice.TotalCount);
            });
        institution.Field<ImpactType>("impact").Description("Impact over time: cohort completion, yearly figures and partnership scorecards.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<ImpactOverTime>()
                .OfAsync((await AllowedAsync(context)).Institution, context.CancellationToken));
    }

    private static async Task<GraphQLCaller> AllowedAsync(IResolveFieldContext context)
    {
        var caller = ToolUserContext.CallerOf(context);
        return caller.Person is { } person
            && await PartnershipAccess.RefuseAsync(context.RequestServices!.GetRequiredService<PathwaysDbContext>(), person, context.CancellationToken) is not null
            ? throw CoordinatorDashboard.NotCoordinator.Error()
            : caller;
    }
}
