using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.People;

namespace LtiPathways.PathwayGraphQL.Schema.Assessments;

public sealed class AssessmentType : ObjectGraphType<AssessmentNode>
{
    public AssessmentType(GlobalIds ids)
    {
        Name = "Assessment";
        Description = "One marking of one student's work against a rubric version: criterion scores, comments, moderation and release.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is AssessmentNode;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => ids.Encode(GlobalIdKind.Assessment, context.Source.Id));
        Field<NonNullGraphType<PersonType>>("student").Description("Whose work was marked.").Resolve(context => context.Source.Student);
        Field<NonNullGraphType<AssessmentKindType>>("kind").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<ReleaseStateType>>("releaseState").Resolve(context => context.Source switch
        {
            { Status: AssessmentStatus.Released } => ReleaseState.Released,
            { ReleasedAt: not null } => ReleaseState.ChangedSinceRelease,
            _ => ReleaseState.NotReleased,
        });
        Field<DateTimeOffsetGraphType>("releasedAt").Resolve(context => Utc.Of(context.Source.ReleasedAt));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(context => Utc.Of(context.Source.UpdatedAt));
        Field<NonNullGraphType<StringGraphType>>("version")
            .Description("Changes on every save; send it as baseVersion with the next saveAssessment so no one's marks are overwritten.")
            .Resolve(context => context.Source.Version.ToString("N"));
        Field(a => a.RubricVersionNumber).Description("The rubric version it was marked on.");
        Field<StringGraphType>("overallComment").Resolve(context => context.Source.Marks.OverallComment);
        Field<DecimalGraphType>("total").Description("Rubric points, exact.").Resolve(context => context.Source.Score?.Total);
        Field<DecimalGraphType>("maximum").Description("The rubric's most points.").Resolve(context => context.Source.Score?.Maximum);
        Field<DecimalGraphType>("lmsPoints").Description("What the LMS gets, scaled to the gradebook column's maximum.")
            .Resolve(context => context.Source.Score?.LmsPoints);
        Field<NonNullGraphType<BooleanGraphType>>("complete").Description("Every criterion is marked; only complete marks are released.")
            .Resolve(context => context.Source.Score?.Complete == true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionScoreType>>>>("criterionScores")
            .Resolve(context => context.Source.Criteria);
        Field<ModerationType>("moderation").Description("How a double marking was resolved, on the final mark.")
            .Resolve(context => context.Source.Moderation);
    }
}
