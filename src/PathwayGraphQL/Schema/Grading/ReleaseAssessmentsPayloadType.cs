using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Schema.Assignments;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class ReleaseAssessmentsPayloadType : ObjectGraphType<AssessmentsReleased>
{
    public ReleaseAssessmentsPayloadType()
    {
        Name = "ReleaseAssessmentsPayload";
        Field(r => r.Released).Description("How many students' marks were released.");
        Field(r => r.LeftAsDrafts).Description("Marks with criteria still to mark, left as drafts.");
        Field<NonNullGraphType<BooleanGraphType>>("sentToGradebook")
            .Description("True when the grades are queued for the LMS gradebook; the assignment's gradeDeliveries follow them.")
            .Resolve(context => context.Source.Column.Url is not null);
        Field<MissingColumnReasonType>("missingColumn").Description("Why there is no gradebook column to send to, when there is none.")
            .Resolve(context => context.Source.Column.Missing);
        Field<StringGraphType>("platformMessage").Description("What the LMS said when it refused a gradebook column.")
            .Resolve(context => context.Source.Column.PlatformMessage);
        Field<NonNullGraphType<AssignmentType>>("assignment").Resolve(context => context.Source.Assignment);
    }
}
