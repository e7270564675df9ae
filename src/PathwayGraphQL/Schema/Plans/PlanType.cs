using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Schema.Batching;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class PlanType : ObjectGraphType<EvaluatedPlan>
{
    public PlanType(GlobalIds ids, IOptions<GraphQLOptions> limits)
    {
        Name = "Plan";
        Description = "A student's pathway plan at its current version, evaluated for today, as the planner's pages show it.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is EvaluatedPlan;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => ids.Encode(GlobalIdKind.Plan, context.Source.Plan.PlanId));
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The student's Person id.")
            .Resolve(context => ids.Encode(GlobalIdKind.Person, context.Source.Plan.StudentUserId));
        Field<NonNullGraphType<StringGraphType>>("studentName").Resolve(context => context.Source.StudentName);
        Field<NonNullGraphType<StringGraphType>>("programme").Description("The programme's template key.")
            .Resolve(context => context.Source.Plan.TemplateKey);
        Field<NonNullGraphType<IntGraphType>>("versionNumber").Description("The current version: the expectedVersion of the next change.")
            .Resolve(context => context.Source.Plan.VersionNumber);
        Field<NonNullGraphType<RequirementStatusType>>("overallStatus").Description("The worst status among the requirements.")
            .Resolve(context => context.Source.Evaluation.Overall);
        Field<NonNullGraphType<ConnectionType<RequirementEvaluationType>>>("requirements").Paged()
            .Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Evaluation.Requirements));
        Field<NonNullGraphType<ConnectionType<GoalType>>>("goals").Paged()
            .Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Plan.Document.Goals));
        Field<NonNullGraphType<ConnectionType<MilestoneType>>>("milestones").Paged()
            .Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Plan.Document.Milestones));
        Field<NonNullGraphType<ConnectionType<ReflectionType>>>("reflections").Paged()
            .Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Plan.Document.Reflections));
        Field<NonNullGraphType<ConnectionType<HourLogType>>>("hours").Paged()
            .Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Plan.Document.Hours));
        Field<NonNullGraphType<ConnectionType<EvidenceType>>>("evidence").Paged()
            .Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Plan.Document.Evidence));
        Field<NonNullGraphType<ConnectionType<WaiverType>>>("waivers").Paged()
            .Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Plan.Document.Waivers));
        Field<NonNullGraphType<ConnectionType<SignOffType>>>("signOffs").Description("Signatures, oldest first.").Paged()
            .Resolve(context => Details(context).SignOffs(context.Source).Then(all => PlanLists.Page(context, limits.Value, all ?? [])));
        Field<NonNullGraphType<ConnectionType<PlanVersionType>>>("versions").Description("Every saved version, newest first.").Paged()
            .Resolve(context => Details(context).Versions(context.Source).Then(all => PlanLists.Page(context, limits.Value, all ?? [])));
        Mentoring.PlanMentoringFields.AddTo(this, limits.Value);
        Modules.ModuleFields.AddTo(this, limits.Value);
    }

    private static PlanDetailsLoader Details(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<PlanDetailsLoader>();
}
