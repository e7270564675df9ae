using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class WaiveRequirementInputType : PlanChangeInputType<WaiveRequirementInput>
{
    public WaiveRequirementInputType()
        : base("WaiveRequirementInput", "One requirement of the plan's template waived for this student, with the reason the history keeps.")
    {
        Field<NonNullGraphType<StringGraphType>>("requirementKey").Description("The requirement's key, as the plan's requirements list it.");
        Field<NonNullGraphType<StringGraphType>>("reason");
    }
}
