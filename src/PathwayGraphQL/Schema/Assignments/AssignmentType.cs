using GraphQL.Types;
using GraphQL.Types.Relay;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Schema.Assessments;
using LtiPathways.PathwayGraphQL.Schema.Grading;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Paging;
using LtiPathways.PathwayGraphQL.Schema.Submissions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LtiPathways.PathwayGraphQL.Schema.Assignments;

public sealed class AssignmentType : ObjectGraphType<AssignmentNode>
{
    public AssignmentType(GlobalIds ids, IOptions<GraphQLOptions> limits)
    {
        Name = "Assignment";
        Description = "Assessed work a teacher placed in a course.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is AssignmentNode;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => ids.Encode(GlobalIdKind.Assignment, context.Source.Id));
        Field(a => a.Title);
        Field(a => a.Instructions).Description("The instructions as the teacher wrote them (Markdown).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubmissionPartType>>>>("submissionTypes")
            .Description("The kinds of work the class may hand in.")
            .Resolve(context => TypeChoices.Parse(context.Source.SubmissionTypes));
        Field(a => a.PointsPossible, nullable: true).Description("The gradebook column's maximum; 100 is sent when it is empty.");
        Field<DateTimeOffsetGraphType>("dueAt").Resolve(context => Utc.Of(context.Source.DueAt));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(context => Utc.Of(context.Source.CreatedAt));
        Field<NonNullGraphType<ConnectionType<SubmissionNodeType>>>("submissions")
            .Description("Every attempt the caller may read, by student name then attempt: all for the course's teachers and API tokens, a student's own, a mentor's mentees' handed-in work.")
            .Paged()
            .Resolve(context => context.RequestServices!.GetRequiredService<GradingLoaders>()
                .Submissions(context, context.Source.Id, Page.From(context, limits.Value)));
        Field<NonNullGraphType<ConnectionType<AssessmentType>>>("assessments")
            .Description("Rubric markings, by student name: all for the course's teachers and API tokens; for a student their released marks and self-assessment; for a mentor their mentees' released marks.")
            .Paged()
            .Resolve(context => context.RequestServices!.GetRequiredService<GradingLoaders>()
                .Assessments(context, context.Source.Id, Page.From(context, limits.Value)));
        Field<NonNullGraphType<ConnectionType<GradeDeliveryType>>>("gradeDeliveries")
            .Description("Scores sent or on their way to the LMS gradebook, newest first, with why one failed.")
            .Paged()
            .Resolve(context => context.RequestServices!.GetRequiredService<GradingLoaders>()
                .Deliveries(context, context.Source.Id, Page.From(context, limits.Value)));
    }
}
