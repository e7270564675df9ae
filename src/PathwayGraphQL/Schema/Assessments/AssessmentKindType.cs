using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Assessments;

public sealed class AssessmentKindType : EnumerationGraphType<AssessmentKind>
{
    public AssessmentKindType()
    {
        Name = "AssessmentKind";
        Description = "TEACHER, or under double marking SECOND_MARKER and the MODERATED final mark; SELF and PEER are students' own.";
    }
}
