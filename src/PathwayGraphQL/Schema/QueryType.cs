using GraphQL;
using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Schema.Courses;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Grading;
using LtiPathways.PathwayGraphQL.Schema.Institutions;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Paging;
using LtiPathways.PathwayGraphQL.Schema.Partnerships;
using LtiPathways.PathwayGraphQL.Schema.Plans;
using LtiPathways.PathwayGraphQL.Schema.Viewers;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LtiPathways.PathwayGraphQL.Schema;

public sealed class QueryType : ObjectGraphType
{
    public QueryType(GlobalIds ids, IOptions<GraphQLOptions> limits)
    {
        Name = "Query";
        Field<NonNullGraphType<ViewerType>>("viewer").Description("Who is asking, their role and institution.")
            .Resolve(ToolUserContext.CallerOf);
        Field<NonNullGraphType<InstitutionType>>("institution").Description("The caller's institution, with the plans and students they may see.")
            .Resolve(context => context.RequestServices!.GetRequiredService<NodeLoaders>()
                .Institution(ToolUserContext.CallerOf(context), ToolUserContext.CallerOf(context).Institution.DeploymentId));
        Field<NonNullGraphType<ConnectionType<CourseType>>>("courses")
            .Description("The caller's courses by title: a person's own, or every course of an API token's institution.")
            .Paged()
            .ResolveAsync(async context =>
            {
                var page = Page.From(context, limits.Value);
                var db = context.RequestServices!.GetRequiredService<PathwaysDbContext>();
                var caller = ToolUserContext.CallerOf(context);
                var visible = db.Courses(caller).AsNoTracking();
                var rows = await CourseNodes.Project(visible.OrderBy(c => c.Title).ThenBy(c => c.Id).Skip(page.Offset).Take(page.Size + 1), caller)
                    .ToListAsync(context.CancellationToken);
                return Connections.Of(page, rows, await visible.CountAsync(context.CancellationToken));
            });
        Field<PlanType>("plan").Description("A pathway plan by its id, if the caller may see it (a person as the planner's pages would show it, an API token any of its institution's); null (with an error) otherwise.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var id = context.GetArgument<string>("id");
                return ids.Decode(GlobalIdKind.Plan, id) is { } planId ? await PlanOpening.OpenAsync(context, planId, id) : throw NodeNotFound.Error(id);
            });
        Field<NonNullGraphType<ConnectionType<CaseloadEntryType>>>("caseload")
            .Description("The students of a course that places the pathway planner, by name, each with their plan's worst status: for its teachers.")
            .Argument<NonNullGraphType<IdGraphType>>("courseId")
            .Paged()
            .ResolveAsync(async context => await CaseloadField.ResolveAsync(context, ids, limits.Value));
        Field<Reels.ReelType>("reel").Description("A student's conference reel by their plan's id, for the student and their advisors and coordinators; null (with an error) otherwise.")
            .Argument<NonNullGraphType<IdGraphType>>("planId")
            .ResolveAsync(async context =>
            {
                var id = context.GetArgument<string>("planId");
                return ids.Decode(GlobalIdKind.Plan, id) is { } planId ? await Reels.ReelFields.ResolveAsync(context, planId) : throw NodeNotFound.Error(id);
            });
        Field<NodeInterface>("node").Description("Anything by its id, if the caller may see it; null (with an error) otherwise.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => Node(context, ids));
    }

    private static object? Node(IResolveFieldContext context, GlobalIds ids)
    {
        var id = context.GetArgument<string>("id");
        var caller = ToolUserContext.CallerOf(context);
        var loaders = context.RequestServices!.GetRequiredService<NodeLoaders>();
        var grading = context.RequestServices!.GetRequiredService<GradingLoaders>();
        var pending = GlobalIds.Kind(id) switch
        {
            GlobalIdKind.Course when ids.Decode(GlobalIdKind.Course, id) is { } course => (GraphQL.DataLoader.IDataLoaderResult)loaders.Course(caller, course),
            GlobalIdKind.Person when ids.Decode(GlobalIdKind.Person, id) is { } person => loaders.Person(caller, person),
            GlobalIdKind.Institution when ids.Decode(GlobalIdKind.Institution, id) is { } institution => loaders.Institution(caller, institution),
            GlobalIdKind.Plan when ids.Decode(GlobalIdKind.Plan, id) is { } plan => loaders.Plan(caller, plan),
            GlobalIdKind.Assignment when ids.Decode(GlobalIdKind.Assignment, id) is { } assignment => grading.Assignment(context, assignment),
            GlobalIdKind.Submission when ids.Decode(GlobalIdKind.Submission, id) is { } submission => grading.Submission(context, submission),
            GlobalIdKind.Rubric when ids.Decode(GlobalIdKind.Rubric, id) is { } rubric => grading.Rubric(context, rubric),
            GlobalIdKind.Assessment when ids.Decode(GlobalIdKind.Assessment, id) is { } assessment => grading.Assessment(context, assessment),
            GlobalIdKind.Provider when ids.Decode(GlobalIdKind.Provider, id) is { } provider => PartnershipFields.Node(context, provider),
            GlobalIdKind.Module when ids.Decode(GlobalIdKind.Module, id) is { } module => Modules.ModuleFields.Node(context, module),
            GlobalIdKind.Reel when ids.Decode(GlobalIdKind.Reel, id) is { } reel => Reels.ReelFields.Node(context, reel),
            _ => null,
        };
        return new NodeNotFound((GraphQL.DataLoader.IDataLoaderResult?)pending, id);
    }
}
