using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class CreateRubricInputType : InputObjectGraphType<CreateRubricInput>
{
    public CreateRubricInputType()
    {
        Name = "CreateRubricInput";
        Field<NonNullGraphType<IdGraphType>>("courseId").Description("The course whose library gets the rubric.");
        Field<NonNullGraphType<StringGraphType>>("template").Description("A shipped template's key or title, as the library page lists them.");
    }
}
