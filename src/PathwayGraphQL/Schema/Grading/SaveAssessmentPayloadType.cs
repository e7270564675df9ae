using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Schema.Assessments;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class SaveAssessmentPayloadType : ObjectGraphType<AssessmentNode>
{
    public SaveAssessmentPayloadType()
    {
        Name = "SaveAssessmentPayload";
        Field<NonNullGraphType<AssessmentType>>("assessment").Description("The marks as saved, with their new version.").Resolve(context => context.Source);
    }
}
