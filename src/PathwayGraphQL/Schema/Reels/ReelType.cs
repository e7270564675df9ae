using GraphQL.Types;
using GraphQL.Types.Relay;
using LtiPathways.PathwayGraphQL.Mentoring;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Mentoring;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Plans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LtiPathways.PathwayGraphQL.Schema.Reels;

public sealed class ReelType : ObjectGraphType<ReelNode>
{
    public ReelType(GlobalIds ids, IOptions<GraphQLOptions> limits)
    {
        Name = "ConferenceReel";
        Description = "A student's conference reel as it is presented: their evidence in order, with captions.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is ReelNode;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => ids.Encode(GlobalIdKind.Reel, context.Source.Show.PlanId));
        Field<NonNullGraphType<IdGraphType>>("planId").Resolve(context => ids.Encode(GlobalIdKind.Plan, context.Source.Show.PlanId));
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The student's Person id.").Resolve(context => ids.Encode(GlobalIdKind.Person, context.Source.Show.StudentUserId));
        Field<NonNullGraphType<StringGraphType>>("studentName").Resolve(context => context.Source.Show.StudentName);
        Field<NonNullGraphType<ConnectionType<ReelSlideType>>>("slides").Description("In the order the student presents them.").Paged()
            .Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Slides));
        Field<ConnectionType<MentorLinkType>>("shareLinks")
            .Description("The read-only links the student made to the reel, newest first (status and expiry, never a token); for the student alone.")
            .Paged()
            .ResolveAsync(async context => PlanLists.Page(context, limits.Value, (await Sharing(context)).Links));
        Field<ConnectionType<ReelLinkUseType>>("shareLinkUses").Description("The latest uses of those links, newest first; for the student alone.")
            .Paged()
            .ResolveAsync(async context => PlanLists.Page(context, limits.Value, (await Sharing(context)).Uses));
    }

    private static Task<PathwayGraphQL.Reels.ReelSharingView> Sharing(GraphQL.IResolveFieldContext<ReelNode> context) =>
        context.RequestServices!.GetRequiredService<ReelReader>().SharingAsync(ToolUserContext.CallerOf(context), context.Source.Show.PlanId, context.CancellationToken);
}
