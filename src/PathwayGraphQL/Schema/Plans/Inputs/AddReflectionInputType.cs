using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class AddReflectionInputType : PlanChangeInputType<AddReflectionInput>
{
    public AddReflectionInputType()
        : base("AddReflectionInput", "A new written reflection or learning-journal entry (recordings are handed in through the pages).")
    {
        Field<ReflectionKindType>("kind").Description("REFLECTION when left out.");
        Field<DateOnlyGraphType>("writtenOn").Description("Today when left out.");
        Field<NonNullGraphType<StringGraphType>>("text");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("requirementKeys").Description("The requirements it reflects on.");
    }
}
