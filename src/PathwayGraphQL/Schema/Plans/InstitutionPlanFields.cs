using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Institutions;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Paging;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

/// <summary>
/// <c>institution { plans students }</c>: the institution's plans and students the caller may see, through the core's
/// <see cref="InstitutionPlans"/>: a student their own, a mentor their mentees', a teacher their planner courses'
/// students', a coordinator or an API token the whole institution.
/// </summary>
public static class InstitutionPlanFields
{
    public static void AddTo(ObjectGraphType<InstitutionNode> institution, GraphQLOptions limits)
    {
        institution.Field<NonNullGraphType<ConnectionType<PlanType>>>("plans")
            .Description("Plans you may see, by student name; status keeps those whose worst status is one of the given.")
            .Paged().Filtered()
            .ResolveAsync(async context =>
            {
                var (page, scope, statuses, plans) = await ArgumentsAsync(context, limits);
                var found = await plans.PlansAsync(scope, statuses, page.Offset, page.Size + 1, context.CancellationToken);
                return Connections.Of(page, found.Rows, found.TotalCount);
            });
        institution.Field<NonNullGraphType<ConnectionType<StudentPlanType>>>("students")
            .Description("Students you may see, by name, each with their plan (null until they start one); status keeps those whose plan's worst status is one of the given.")
            .Paged().Filtered()
            .ResolveAsync(async context =>
            {
                var (page, scope, statuses, plans) = await ArgumentsAsync(context, limits);
                var found = await plans.StudentsAsync(scope, statuses, page.Offset, page.Size + 1, context.CancellationToken);
                return Connections.Of(page, found.Rows, found.TotalCount);
            });
    }

    private static FieldBuilder<InstitutionNode, object> Filtered(this FieldBuilder<InstitutionNode, object> field) =>
        field.Argument<ListGraphType<NonNullGraphType<RequirementStatusType>>>("status", "Only plans whose worst status is one of these (AT_RISK, MISSING: students at risk).");

    private static async Task<(Page Page, PlanScope Scope, IReadOnlyCollection<RequirementStatus>? Statuses, InstitutionPlans Plans)> ArgumentsAsync(
        IResolveFieldContext<InstitutionNode> context, GraphQLOptions limits)
    {
        var page = Page.From(context, limits);
        var services = context.RequestServices!;
        var scope = await services.GetRequiredService<PathwaysDbContext>().PlanScopeAsync(ToolUserContext.CallerOf(context), context.CancellationToken);
        return (page, scope, context.GetArgument<List<RequirementStatus>?>("status"), services.GetRequiredService<InstitutionPlans>());
    }
}
