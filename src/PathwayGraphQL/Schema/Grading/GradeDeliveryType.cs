using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Grading;
using LtiPathways.PathwayGraphQL.Schema.People;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class GradeDeliveryType : ObjectGraphType<GradeDeliveryNode>
{
    public GradeDeliveryType()
    {
        Name = "GradeDelivery";
        Description = "A score for the LMS gradebook: queued, sent, failed with the reason, or superseded by a newer one.";
        Field<NonNullGraphType<PersonType>>("student").Resolve(context => context.Source.Student);
        Field<NonNullGraphType<DeliveryStatusType>>("status").Resolve(context => context.Source.Status);
        Field<StringGraphType>("reason").Description("Why the last attempt failed, as the LMS or the network said.")
            .Resolve(context => context.Source.Status == ScoreDeliveryStatus.Sent ? null : context.Source.LastError);
        Field(d => d.LastStatusCode, nullable: true).Description("The HTTP status the LMS answered the last attempt with.");
        Field(d => d.Attempts);
        Field(d => d.ScoreGiven, nullable: true);
        Field(d => d.ScoreMaximum, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("graded")
            .Description("True for a released mark; false for the notice that work was handed in and awaits marking.")
            .Resolve(context => context.Source.GradingProgress == GradingProgress.FullyGraded);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("queuedAt").Resolve(context => Utc.Of(context.Source.QueuedAt));
        Field<DateTimeOffsetGraphType>("sentAt").Resolve(context => Utc.Of(context.Source.SentAt));
        Field<DateTimeOffsetGraphType>("nextAttemptAt").Description("When a queued or failed score is tried again.")
            .Resolve(context => context.Source.Status is ScoreDeliveryStatus.Queued ? Utc.Of(context.Source.NextAttemptAt) : (DateTimeOffset?)null);
    }
}
