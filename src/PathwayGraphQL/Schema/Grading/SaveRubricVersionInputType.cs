using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class SaveRubricVersionInputType : InputObjectGraphType<SaveRubricVersionInput>
{
    public SaveRubricVersionInputType()
    {
        Name = "SaveRubricVersionInput";
        Field<NonNullGraphType<IdGraphType>>("courseId").Description("The course whose library shows the rubric.");
        Field<NonNullGraphType<IdGraphType>>("rubricId");
        Field<NonNullGraphType<StringGraphType>>("json").Description("The rubric's new content as our rubric JSON (one version), as the edit page takes it.");
    }
}
