using GraphQL;
using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Schema.Assignments;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Grading;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Paging;
using LtiPathways.PathwayGraphQL.Schema.People;
using LtiPathways.PathwayGraphQL.Schema.Rubrics;
using GraphQL.Types.Relay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LtiPathways.PathwayGraphQL.Schema.Courses;

public sealed class CourseType : ObjectGraphType<CourseNode>
{
    public CourseType(GlobalIds ids, IOptions<GraphQLOptions> limits)
    {
        Name = "Course";
        Description = "A course (an LTI context) of the caller's institution.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is CourseNode;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => ids.Encode(GlobalIdKind.Course, context.Source.Id));
        Field(c => c.Title);
        Field(c => c.Label, nullable: true).Description("The LMS's short name for the course.");
        Field<CourseRoleType>("viewerRole").Description("The asking person's role here; null for an API token.")
            .Resolve(context => context.Source.ViewerRole);
        Field<PersonConnectionType>("people").Description("The course's active roster, by name: for its teachers and API tokens.")
            .Paged()
            .Resolve(context =>
            {
                if (!context.Source.MayListPeople)
                {
                    throw new ExecutionError("Only the course's teachers see who is in it.") { Code = "FORBIDDEN" };
                }

                var page = Page.From(context, limits.Value);
                return context.RequestServices!.GetRequiredService<CoursePeopleLoader>()
                    .Load(ToolUserContext.CallerOf(context), context.Source.Id, page);
            });
        Field<NonNullGraphType<ConnectionType<AssignmentType>>>("assignments").Description("The course's assessed work, by title.")
            .Paged()
            .Resolve(context => context.RequestServices!.GetRequiredService<GradingLoaders>()
                .Assignments(context, context.Source.Id, Page.From(context, limits.Value)));
        Field<NonNullGraphType<ConnectionType<RubricType>>>("rubrics")
            .Description("The course's rubric library (its own and its institution's shared rubrics), by title: for its teachers and API tokens.")
            .Paged()
            .Resolve(context =>
            {
                if (!context.Source.MayListPeople)
                {
                    throw new ExecutionError("Only the course's teachers see its rubric library.") { Code = "FORBIDDEN" };
                }

                return context.RequestServices!.GetRequiredService<GradingLoaders>()
                    .Rubrics(context, context.Source.Id, Page.From(context, limits.Value));
            });
    }
}
