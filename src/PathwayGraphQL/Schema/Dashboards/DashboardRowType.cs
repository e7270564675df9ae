using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Dashboards;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Dashboards;

public sealed class DashboardRowType : ObjectGraphType<DashboardRow>
{
    public DashboardRowType(GlobalIds ids)
    {
        Name = "DashboardStudent";
        Description = "One student's plan as the coordinator's dashboard lists it, from its stored evaluation summary (evaluated again when it went stale).";
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The student's Person id.").Resolve(context => ids.Encode(GlobalIdKind.Person, context.Source.StudentUserId));
        Field(r => r.Name);
        Field<NonNullGraphType<IdGraphType>>("planId").Resolve(context => ids.Encode(GlobalIdKind.Plan, context.Source.PlanId));
        Field<PlanType>("plan").Description("The whole plan, evaluated for today.")
            .Resolve(context => context.RequestServices!.GetRequiredService<NodeLoaders>().Plan(ToolUserContext.CallerOf(context), context.Source.PlanId));
        Field(r => r.TemplateName).Description("The pathway's name.");
        Field<NonNullGraphType<ProgrammeType>>("programme").Resolve(context => context.Source.Programme);
        Field(r => r.Cohort, nullable: true).Description("The year the plan started.");
        Field(r => r.Provider, nullable: true).Description("The career-related study's provider.");
        Field<NonNullGraphType<RequirementStatusType>>("overallStatus").Resolve(context => context.Source.Overall);
        Field(r => r.Requirements);
        Field(r => r.Met);
        Field(r => r.AtRisk).Description("Requirements at risk.");
        Field(r => r.Missing).Description("Requirements with nothing towards them yet.");
        Field(r => r.HoursLogged);
        Field(r => r.HoursTarget);
        Field(r => r.BehindPace).Description("An hour target the pace so far reaches only after its deadline.");
        Field(r => r.OverdueMilestones);
        Field<DateOnlyGraphType>("nextDeadline").Resolve(context => context.Source.NextDeadline);
        Field(r => r.ExpiringCertification, nullable: true);
        Field<DateOnlyGraphType>("certificationExpiresOn").Resolve(context => context.Source.CertificationExpiresOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("attention").Description("What needs attention, in sentences.")
            .Resolve(context => context.Source.Attention);
    }
}
