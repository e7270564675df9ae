using GraphQL.Types;
using GraphQL.Types.Relay;
using LtiPathways.PathwayGraphQL.Partnerships;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Plans;
using Microsoft.Extensions.Options;

namespace LtiPathways.PathwayGraphQL.Schema.Partnerships;

public sealed class ProviderType : ObjectGraphType<ProviderDetail>
{
    public ProviderType(GlobalIds ids, IOptions<GraphQLOptions> limits)
    {
        Name = "PartnershipProvider";
        Description = "An outside provider of career-related study and the institution's whole partnership record with it, as its page shows it.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is ProviderDetail;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => ids.Encode(GlobalIdKind.Provider, context.Source.Provider.Id));
        Field<NonNullGraphType<StringGraphType>>("organisation").Resolve(context => context.Source.Provider.Organisation);
        Field<NonNullGraphType<ProviderKindType>>("kind").Resolve(context => context.Source.Provider.Kind);
        Field<NonNullGraphType<ProviderStatusType>>("status").Resolve(context => context.Source.Provider.Status);
        Field<StringGraphType>("website").Resolve(context => context.Source.Provider.Website);
        Field<NonNullGraphType<StringGraphType>>("needsAnalysis").Description("Which pathways the students want from this provider.")
            .Resolve(context => context.Source.Provider.NeedsAnalysis);
        Field<StringGraphType>("liaison").Description("The school's named liaison.").Resolve(context => context.Source.LiaisonName);
        var page = limits.Value;
        Field<NonNullGraphType<ConnectionType<ProviderCourseType>>>("courses").Paged()
            .Resolve(context => PlanLists.Page(context, page, context.Source.Provider.Courses));
        Field<NonNullGraphType<ConnectionType<ProviderContactType>>>("contacts").Paged()
            .Resolve(context => PlanLists.Page(context, page, context.Source.Provider.Contacts));
        Field<NonNullGraphType<ConnectionType<ProviderEvaluationType>>>("evaluations").Description("Newest first.").Paged()
            .Resolve(context => PlanLists.Page(context, page, context.Source.Evaluations));
        Field<NonNullGraphType<ConnectionType<AgreementType>>>("agreements").Description("Latest expiry first.").Paged()
            .Resolve(context => PlanLists.Page(context, page, context.Source.Agreements));
        Field<NonNullGraphType<ConnectionType<PilotStudentType>>>("pilotCohort").Description("The students piloting the partnership, by name.").Paged()
            .Resolve(context => PlanLists.Page(context, page, context.Source.Pilot));
        Field<NonNullGraphType<ConnectionType<ScorecardType>>>("scorecards").Description("Annual reviews, year by year.").Paged()
            .Resolve(context => PlanLists.Page(context, page, context.Source.Scorecards));
        Field<NonNullGraphType<ConnectionType<MeetingType>>>("meetings").Description("The meeting log, newest first.").Paged()
            .Resolve(context => PlanLists.Page(context, page, context.Source.Meetings));
    }
}
