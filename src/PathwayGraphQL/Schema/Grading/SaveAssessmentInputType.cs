using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Schema.Assessments;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class SaveAssessmentInputType : InputObjectGraphType<SaveAssessmentInput>
{
    public SaveAssessmentInputType()
    {
        Name = "SaveAssessmentInput";
        Field<NonNullGraphType<IdGraphType>>("assignmentId");
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("Whose work is marked.");
        Field<AssessmentKindType>("kind").Description("TEACHER unless said otherwise.").DefaultValue(Data.Rubrics.AssessmentKind.Teacher);
        Field<StringGraphType>("baseVersion").Description("The assessment's version the marks started from; leave it out for new marks.");
        Field<StringGraphType>("overallComment");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MarkInputType>>>>("marks");
    }
}
