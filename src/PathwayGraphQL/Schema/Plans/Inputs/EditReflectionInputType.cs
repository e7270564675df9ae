using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class EditReflectionInputType : PlanChangeInputType<EditReflectionInput>
{
    public EditReflectionInputType()
        : base("EditReflectionInput", "A change to one reflection; fields left out stay as they are.")
    {
        Field<NonNullGraphType<IdGraphType>>("reflectionId");
        Field<ReflectionKindType>("kind");
        Field<DateOnlyGraphType>("writtenOn");
        Field<StringGraphType>("text");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("requirementKeys");
    }
}
