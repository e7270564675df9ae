using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using Microsoft.Extensions.Options;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class PlanType : ObjectGraphType<PlanView>
{
    public PlanType(GlobalIds ids, IOptions<GraphQLOptions> limits)
    {
        Name = "Plan";
        Description = "A student's pathway plan at its current version, evaluated for today, as the planner's pages show it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => ids.Encode(GlobalIdKind.Plan, context.Source.Plan.PlanId));
        Field<NonNullGraphType<StringGraphType>>("studentName").Resolve(context => context.Source.StudentName);
        Field<NonNullGraphType<StringGraphType>>("programme").Description("The programme's template key.")
            .Resolve(context => context.Source.Plan.TemplateKey);
        Field<NonNullGraphType<IntGraphType>>("versionNumber").Description("The current version: the base version of the next edit.")
            .Resolve(context => context.Source.Plan.VersionNumber);
        Field<NonNullGraphType<RequirementStatusType>>("overallStatus").Description("The worst status among the requirements.")
            .Resolve(context => context.Source.Evaluation.Overall);
        Field<NonNullGraphType<ConnectionType<RequirementEvaluationType>>>("requirements").Paged()
            .Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Evaluation.Requirements));
        Field<NonNullGraphType<ConnectionType<GoalType>>>("goals").Paged()
            .Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Plan.Document.Goals));
        Field<NonNullGraphType<ConnectionType<HourLogType>>>("hours").Paged()
            .Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Plan.Document.Hours));
        Field<NonNullGraphType<ConnectionType<SignOffType>>>("signOffs").Paged()
            .Resolve(context => PlanLists.Page(context, limits.Value, context.Source.SignOffs));
        Field<NonNullGraphType<ConnectionType<PlanVersionType>>>("versions").Description("Every saved version, newest first.").Paged()
            .ResolveAsync(async context => PlanLists.Page(context, limits.Value, await PlanOpening.HistoryAsync(context, context.Source.Plan.PlanId)));
    }
}
