using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

/// <summary>The fields every plan change's input starts with.</summary>
public abstract class PlanChangeInputType<TInput> : InputObjectGraphType<TInput>
    where TInput : PlanChangeInput
{
    protected PlanChangeInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("planId").Description("The plan's id (pln_…).");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion")
            .Description("The plan's versionNumber this change was made on; if someone saved since, nothing is saved and the error says what changed.");
        Field<StringGraphType>("clientMutationId").Description("Given back in the payload unchanged.");
    }
}
