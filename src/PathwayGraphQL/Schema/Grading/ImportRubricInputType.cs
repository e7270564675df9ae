using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class ImportRubricInputType : InputObjectGraphType<ImportRubricInput>
{
    public ImportRubricInputType()
    {
        Name = "ImportRubricInput";
        Field<NonNullGraphType<IdGraphType>>("courseId").Description("The course whose library gets the rubric.");
        Field<NonNullGraphType<StringGraphType>>("fileName").Description("Ending in .json for our rubric JSON, .csv for a Canvas rubric export.");
        Field<NonNullGraphType<StringGraphType>>("content").Description("The file's text.");
    }
}
