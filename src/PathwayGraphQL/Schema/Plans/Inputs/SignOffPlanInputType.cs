using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class SignOffPlanInputType : PlanChangeInputType<SignOffPlanInput>
{
    public SignOffPlanInputType()
        : base("SignOffPlanInput", "A signature on the plan's current version (expectedVersion), in the capacity the signer has.")
    {
        Field<NonNullGraphType<SignOffRoleType>>("role").Description("STUDENT for the student, ADVISOR for staff and coordinators, MENTOR for a mentor, PARENT_OR_GUARDIAN with typedName.");
        Field<StringGraphType>("typedName").Description("The parent's or guardian's name, as they sign at a conference.");
    }
}
