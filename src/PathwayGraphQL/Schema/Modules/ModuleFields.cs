using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using GraphQL.Types.Relay;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Schema.Batching;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Institutions;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Paging;
using LtiPathways.PathwayGraphQL.Schema.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Modules;

/// <summary>
/// <c>institution { modules expiringCertifications }</c> and <c>plan { modules certifications }</c>: the self-paced
/// modules as the modules page lists them, each student's progress and certifications as their plan counts them, and the
/// certifications expiring across the plans the caller may see (a coordinator's or API token's whole institution).
/// </summary>
public static class ModuleFields
{
    public static void AddTo(ObjectGraphType<InstitutionNode> institution, GraphQLOptions limits)
    {
        institution.Field<NonNullGraphType<ConnectionType<ModuleType>>>("modules").Description("The institution's self-paced modules, by title.")
            .Paged()
            .ResolveAsync(async context => await Reader(context).PageAsync(ToolUserContext.CallerOf(context), Page.From(context, limits), context.CancellationToken));
        institution.Field<NonNullGraphType<ConnectionType<ExpiringCertificationType>>>("expiringCertifications")
            .Description("Certifications expiring within withinDays days (default 90), soonest first, across the plans you may see.")
            .Argument<IntGraphType>("withinDays", "0 to 3,650 days from today.")
            .Paged()
            .ResolveAsync(async context =>
            {
                var days = context.GetArgument<int?>("withinDays") ?? 90;
                if (days is < 0 or > 3650)
                {
                    throw new ExecutionError("Ask for certifications expiring within 0 to 3,650 days.") { Code = "INVALID" };
                }
                var services = context.RequestServices!;
                var scope = await services.GetRequiredService<PathwaysDbContext>().PlanScopeAsync(ToolUserContext.CallerOf(context), context.CancellationToken);
                var all = await services.GetRequiredService<ExpiringCertifications>().WithinAsync(scope, days, context.CancellationToken);
                return PlanLists.Page(context, limits, all);
            });
    }

    public static void AddTo(ObjectGraphType<EvaluatedPlan> plan, GraphQLOptions limits)
    {
        plan.Field<NonNullGraphType<ConnectionType<ModuleProgressType>>>("modules").Description("Where the student stands in each of the institution's modules, by title.")
            .Paged()
            .Resolve(context => Reader(context).Standings(ToolUserContext.CallerOf(context), context.Source.Plan.StudentUserId)
                .Then(all => PlanLists.Page(context, limits, all ?? [])));
        plan.Field<NonNullGraphType<ConnectionType<CertificationType>>>("certifications").Paged()
            .Resolve(context => PlanLists.Page(context, limits, context.Source.Plan.Document.Certifications));
    }

    /// <summary>A module for node(id:), if it is of the caller's institution.</summary>
    public static IDataLoaderResult Node(IResolveFieldContext context, Guid moduleId) => Reader(context).Module(ToolUserContext.CallerOf(context), moduleId);

    private static ModuleReader Reader(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ModuleReader>();
}
